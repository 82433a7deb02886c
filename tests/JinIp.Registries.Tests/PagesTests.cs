using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JinIp.Web.Tests;

namespace JinIp.Registries.Tests;

/// <summary>The forms: messages beside the fields, conflicts shown without losing the user's input, import errors listed.</summary>
public sealed partial class PagesTests(RegistriesWebFactory factory) : IClassFixture<RegistriesWebFactory>
{
    [Fact]
    public async Task AStaleEditInTheForm_ShowsAConflictAndKeepsTheInput_WithoutOverwriting()
    {
        var api = await factory.ApiClientAsync("office");
        var created = await (await api.PostAsJsonAsync("/api/v1/registries/copyright-stations/records", new { values = new Dictionary<string, string?> { ["name"] = "页面测试工作站", ["hostOrganization"] = "测试园区", ["district"] = "南开区" } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var path = $"/Registries/Edit/copyright-stations?id={id}";

        var browser = await factory.SignedInAsync("admin");
        var form = await browser.GetStringAsync(path);
        Assert.Contains("value=\"页面测试工作站\"", form, StringComparison.Ordinal);

        // Someone else saves first.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/registries/copyright-stations/records/{id}", new { version = 1, values = new Dictionary<string, string?> { ["address"] = "南开区某路 1 号" } })).StatusCode);

        var response = await JinIpWebFactory.PostFormAsync(browser, path, new()
        {
            ["Version"] = "1",
            ["Values[name]"] = "页面测试工作站",
            ["Values[hostOrganization]"] = "改过的依托单位",
            ["Values[district]"] = "南开区",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该记录已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains("value=\"改过的依托单位\"", html, StringComparison.Ordinal);
        var now = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/registries/copyright-stations/records/{id}");
        Assert.Equal("测试园区", now.GetProperty("values").GetProperty("hostOrganization").GetString());
        Assert.Equal("南开区某路 1 号", now.GetProperty("values").GetProperty("address").GetString());
    }

    [Fact]
    public async Task TheEditForm_ShowsEachErrorBesideItsField()
    {
        var browser = await factory.SignedInAsync("office");
        var response = await JinIpWebFactory.PostFormAsync(browser, "/Registries/Edit/well-known-marks", new()
        {
            ["Version"] = "0",
            ["Values[mark]"] = "页面坏标",
            ["Values[niceClasses]"] = "99",
            ["Values[recognizedOn]"] = "昨天",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("niceClasses", "1 至 45"), html);
        Assert.Matches(FieldError("recognizedOn", "不是有效日期"), html);
        Assert.Matches(FieldError("owner", "为必填项"), html);
    }

    [Fact]
    public async Task TheApplicationForm_ExplainsTheFiftyYearRuleBesideTheYear()
    {
        var browser = await factory.SignedInAsync("applicant");
        var response = await JinIpWebFactory.PostFormAsync(browser, "/Registries/TimeHonored/Apply", new()
        {
            ["Input.EnterpriseName"] = "页面测试食品有限公司",
            ["Input.CreditCode"] = "91350100M000100Y43",
            ["Input.Brand"] = "页面测试",
            ["Input.FoundedYear"] = "2000",
            ["Input.Trademarks"] = "页面测试",
            ["Input.History"] = "太短",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("id=\"year-error\"[^>]*>[^<]*1971 年或更早"), html);
        Assert.Matches(new Regex("id=\"history-error\"[^>]*>[^<]*至少 50 字"), html);
        Assert.DoesNotContain("credit-error\">统一", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReviewingExpert_OpensTheApplicationsFiles_OthersDoNot()
    {
        var browser = await factory.SignedInAsync("applicant");
        var page = await browser.GetStringAsync("/Registries/TimeHonored/Apply");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("附件测试食品有限公司"), "Input.EnterpriseName" },
            { new StringContent("91350100M000100Y43"), "Input.CreditCode" },
            { new StringContent("附件老号"), "Input.Brand" },
            { new StringContent("1920"), "Input.FoundedYear" },
            { new StringContent("120101"), "Input.District" },
            { new StringContent("附件老号（第30类）"), "Input.Trademarks" },
            { new StringContent("附件老号创立于1920年，世代相传，传统技艺完整保留，有历年账册、老照片和商标注册证等史料实物为证，在津门享有盛誉。"), "Input.History" },
        };
        var pdf = new ByteArrayContent("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "Files", "史料.pdf");
        var filed = await browser.PostAsync("/Registries/TimeHonored/Apply", form);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var id = filed.Headers.Location!.OriginalString.Split('/')[^1];

        var applicant = await factory.ApiClientAsync("applicant");
        var view = await applicant.GetFromJsonAsync<JsonElement>($"/api/v1/registries/time-honored/applications/{id}");
        var file = view.GetProperty("attachments")[0].GetProperty("attachmentId").GetString();
        var path = $"/api/v1/registries/time-honored/applications/{id}/attachments/{file}";
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(path)).StatusCode);

        // Before the office accepts it, the expert does not see the application, nor its file.
        var expert = await factory.ApiClientAsync("expert");
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync(path)).StatusCode);
        var office = await factory.ApiClientAsync("office");
        var accepted = await office.PostAsJsonAsync($"/api/v1/registries/time-honored/applications/{id}/transitions", new { transition = "accept", version = view.GetProperty("version").GetInt32() });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());

        var opened = await expert.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.StartsWith("%PDF", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The file by itself stays the owner's and the office's; another applicant gets nothing either way.
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/attachments/{file}")).StatusCode);
        var stranger = await factory.ApiClientAsync("applicant2");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task TheImportPage_ListsBadRowsAndSavesNothing()
    {
        var browser = await factory.SignedInAsync("office");
        var page = await browser.GetStringAsync("/Registries/Manage/plant-varieties");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var file = Workbook.Build(
            Workbook.Row(("品种名称", "页面导入1号"), ("作物种类", "水稻"), ("品种权人或申请人", "测试所"), ("申请号", "20219990001"), ("申请日", "2021-01-01"), ("状态", "申请中")),
            Workbook.Row(("品种名称", "页面导入2号"), ("作物种类", "水稻"), ("品种权人或申请人", "测试所"), ("申请号", "20219990002"), ("申请日", "2021-01-01"), ("状态", "已授权")));
        using var form = Workbook.Upload(file);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var html = await (await browser.PostAsync("/Registries/Manage/plant-varieties?handler=Import", form)).Content.ReadAsStringAsync();
        Assert.Contains("导入失败，未保存任何数据", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<td>3</td><td>品种权号</td><td>[^<]*已授权"), html);
        Assert.Equal(0, (await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/registries/plant-varieties/records?q=" + Uri.EscapeDataString("页面导入"))).GetProperty("total").GetInt32());
    }

    private static Regex FieldError(string key, string text) => new($"id=\"field-{key}-error\">[^<]*{Regex.Escape(text)}");
}
