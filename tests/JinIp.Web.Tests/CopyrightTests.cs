using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace JinIp.Web.Tests;

/// <summary>Copyright registration through HTTP: self-registration, the filing journey, data scope, conflicts, masking.</summary>
public sealed class CopyrightTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static object Filing(string title) => new
    {
        title,
        workType = "Music",
        completedOn = "2020-05-01",
        completionPlace = "天津市和平区",
        published = false,
        rightAcquisition = "Original",
        authors = new[] { "赵六" },
        owners = new object[]
        {
            new { name = "赵六", kind = "Person", documentType = "ResidentId", documentNumber = "11010519491231002X", phone = "13912345678" },
        },
        contactPhone = "13912345678",
        declarationAccepted = true,
    };

    [Fact]
    public async Task NewUser_RegistersAsApplicant_AndLandsOnTheirRegistrations()
    {
        var client = factory.Anonymous();
        var response = await JinIpWebFactory.PostFormAsync(client, "/Account/Register", new()
        {
            ["Input.Kind"] = "Enterprise",
            ["Input.Name"] = "天津新注册文化有限公司",
            ["Input.CreditCode"] = "91120116MA05JTX310",
            ["Input.DistrictCode"] = "120116",
            ["Input.UserName"] = "newcomer",
            ["Input.Password"] = "Newcomer-Pass-2026",
            ["Input.ConfirmPassword"] = "Newcomer-Pass-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Creation/Copyright", response.Headers.Location?.OriginalString);

        var me = await client.GetFromJsonAsync<JsonObject>("/api/v1/me");
        Assert.Equal("newcomer", (string?)me!["userName"]);
        Assert.Equal(["applicant"], me["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("120116", (string?)me["districtCode"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Creation/Copyright")).StatusCode);

        // The same name again, and a wrong credit code: messages beside the fields, nothing created.
        var again = await JinIpWebFactory.PostFormAsync(factory.Anonymous(), "/Account/Register", new()
        {
            ["Input.Kind"] = "Enterprise",
            ["Input.Name"] = "另一家公司",
            ["Input.CreditCode"] = "91120116MA05JTX311",
            ["Input.DistrictCode"] = "120116",
            ["Input.UserName"] = "newcomer2",
            ["Input.Password"] = "short1",
            ["Input.ConfirmPassword"] = "short1",
        });
        var html = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("统一社会信用代码不正确", html, StringComparison.Ordinal);
        Assert.Contains("id=\"credit-error\"", html, StringComparison.Ordinal);
        Assert.Contains("密码须为 12 到 200 个字符", html, StringComparison.Ordinal);

        var impostor = await JinIpWebFactory.PostFormAsync(factory.Anonymous(), "/Account/Register", new()
        {
            ["Input.Kind"] = "Enterprise",
            ["Input.Name"] = "天津市知识产权局",
            ["Input.CreditCode"] = "91350100M000100Y43",
            ["Input.DistrictCode"] = "120101",
            ["Input.UserName"] = "impostor",
            ["Input.Password"] = "Impostor-Pass-2026",
            ["Input.ConfirmPassword"] = "Impostor-Pass-2026",
        });
        Assert.Equal(HttpStatusCode.OK, impostor.StatusCode);
        Assert.Contains("该单位（名称或统一社会信用代码）已在平台注册", await impostor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullJourney_OverTheApi_WithScopeConflictAndMasking()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var other = await factory.ApiClientAsync("applicant2");
        var office = await factory.ApiClientAsync("office");
        var admin = await factory.ApiClientAsync("admin");

        var created = await applicant.PostAsJsonAsync("/api/v1/copyright/registrations/", Filing("海河之声"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await Json(created);
        var id = (string)draft["id"]!;

        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", "fake.png");
            var refused = await applicant.PostAsync($"/api/v1/copyright/registrations/{id}/samples", form);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await Upload(applicant, id, Png, "score.png")).StatusCode);
        var current = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        Assert.Single(current["samples"]!.AsArray());
        Assert.Equal("海河之声", (string?)current["title"]);

        var submitted = await Fire(applicant, id, "submit", (int)current["version"]!);
        Assert.Equal("submitted", (string?)submitted["state"]);

        // Applicant B neither sees nor acts on A's file.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/copyright/registrations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/copyright/registrations/{id}/actions/withdraw", new { version = (int)submitted["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(other, id, Png, "x.png")).StatusCode);
        Assert.DoesNotContain(id, await other.GetStringAsync("/api/v1/copyright/registrations/"), StringComparison.Ordinal);
        var signedInOther = await factory.SignedInAsync("applicant2");
        Assert.Equal(HttpStatusCode.NotFound, (await signedInOther.GetAsync($"/Creation/Copyright/Detail?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await signedInOther.GetAsync($"/Creation/Copyright/Edit?id={id}")).StatusCode);
        // Office actions are refused to applicants.
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync($"/api/v1/copyright/registrations/{id}/actions/accept", new { version = (int)submitted["version"]! })).StatusCode);

        var accepted = await Fire(office, id, "accept", (int)submitted["version"]!);
        Assert.Equal(30, (int)accepted["workingDaysLeft"]!);
        Assert.NotNull(accepted["decisionDueDate"]);
        var review = await Fire(office, id, "start-review", (int)accepted["version"]!);
        var correction = await Fire(office, id, "request-correction", (int)review["version"]!, "请补充曲谱全文。");
        Assert.True((bool)correction["clockPaused"]!);
        var applicantView = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        Assert.Equal("请补充曲谱全文。", (string?)applicantView["correctionRequest"]);
        Assert.NotNull(applicantView["correctionDueDate"]);

        // The applicant is told in their inbox, with the office's request and a link to the filing.
        var inbox = await Json(await applicant.GetAsync("/api/v1/notifications?unread=true"));
        var told = inbox["items"]!.AsArray().Single(n => (string?)n!["link"] == $"/Creation/Copyright/Detail?id={id}" && ((string?)n["title"])!.Contains("需要补正", StringComparison.Ordinal));
        Assert.Contains("请补充曲谱全文。", (string?)told!["body"], StringComparison.Ordinal);

        var saved = await Json(await applicant.PutAsJsonAsync($"/api/v1/copyright/registrations/{id}?version={(int)correction["version"]!}", Filing("海河之声（完整版）")));
        var corrected = await Fire(applicant, id, "correct", (int)saved["version"]!);
        Assert.Equal("in-review", (string?)corrected["state"]);

        // Two reviewers decide the same version at once: one wins, the other gets 409, never a second number.
        var version = (int)corrected["version"]!;
        var both = await Task.WhenAll(
            office.PostAsJsonAsync($"/api/v1/copyright/registrations/{id}/actions/register", new { version }),
            admin.PostAsJsonAsync($"/api/v1/copyright/registrations/{id}/actions/register", new { version }));
        Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(both, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("application/problem+json", loser.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var decided = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        Assert.Equal("registered", (string?)decided["state"]);
        Assert.Single(decided["history"]!.AsArray(), h => (string?)h!["transition"] == "register");

        var number = (string)decided["registrationNumber"]!;
        Assert.Matches(@"^津作登字-\d{4}-C-\d{8}$", number);

        var certificate = await applicant.GetAsync($"/api/v1/copyright/registrations/{id}/certificate");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        Assert.True((await certificate.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("%PDF-"u8));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/copyright/registrations/{id}/certificate")).StatusCode);

        var anonymous = factory.Anonymous();
        var verified = await anonymous.GetStringAsync($"/api/v1/copyright/verify/{Uri.EscapeDataString(number)}");
        Assert.Contains("赵六", verified, StringComparison.Ordinal);
        Assert.Contains("110*************2X", verified, StringComparison.Ordinal);
        Assert.Contains("139****5678", verified, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", verified, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", verified, StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/Creation/Copyright/Verify?number={Uri.EscapeDataString(number)}");
        Assert.Contains("110*************2X", page, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", page, StringComparison.Ordinal);
        var notices = await anonymous.GetStringAsync("/Creation/Copyright/Notices");
        Assert.Contains(number, notices, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", notices, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/copyright/verify/津作登字-1999-A-00000009")).StatusCode);
    }

    [Fact]
    public async Task InvalidFields_Answer400_NamingTheField_InTheCallersLanguage()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/copyright/registrations/")
        {
            Content = JsonContent.Create(new
            {
                title = "坏数据",
                owners = new object[] { new { name = "某人", kind = "Person", documentType = "ResidentId", documentNumber = "120104199001011234" } },
                contactPhone = "not a phone",
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await applicant.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json(response);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("check digit", (string?)errors["owners[0].documentNumber"]![0], StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("contactPhone"));

        var badEnum = await applicant.PostAsync("/api/v1/copyright/registrations/", new StringContent("{\"workType\":\"Sculpture\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        var badAction = await applicant.PostAsJsonAsync($"/api/v1/copyright/registrations/{Guid.NewGuid()}/actions/approve-everything", new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, badAction.StatusCode);
    }

    [Fact]
    public async Task StaffQueue_Statistics_AndExcelExport()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var office = await factory.ApiClientAsync("office");
        var draft = await Json(await applicant.PostAsJsonAsync("/api/v1/copyright/registrations/", Filing("队列中的作品")));
        var id = (string)draft["id"]!;
        await Upload(applicant, id, Png, "a.png");
        var current = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        await Fire(applicant, id, "submit", (int)current["version"]!);

        var queue = await office.GetStringAsync("/api/v1/copyright/registrations/?state=submitted");
        Assert.Contains(id, queue, StringComparison.Ordinal);
        Assert.DoesNotContain(id, await office.GetStringAsync("/api/v1/copyright/registrations/?state=registered"), StringComparison.Ordinal);
        var signedIn = await factory.SignedInAsync("office");
        var queuePage = await signedIn.GetStringAsync("/Creation/Copyright/Queue?State=submitted");
        Assert.Contains("队列中的作品", queuePage, StringComparison.Ordinal);
        var statisticsPage = await signedIn.GetStringAsync("/Creation/Copyright/Statistics");
        Assert.Contains("chart-month", statisticsPage, StringComparison.Ordinal);

        var figures = await Json(await office.GetAsync("/api/v1/copyright/statistics/"));
        Assert.Equal(15, figures["byType"]!.AsArray().Count);
        Assert.Equal(16, figures["byDistrict"]!.AsArray().Count);
        var export = await office.GetAsync("/api/v1/copyright/statistics/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("PK"u8));
        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync("/api/v1/copyright/statistics/?year=1800")).StatusCode);
    }

    [Fact]
    public async Task DecisionOnAStalePage_ShowsTheConflictMessage_NotASilentOverwrite()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var draft = await Json(await applicant.PostAsJsonAsync("/api/v1/copyright/registrations/", Filing("过时页面测试")));
        var id = (string)draft["id"]!;
        await Upload(applicant, id, Png, "a.png");
        var current = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        var submitted = await Fire(applicant, id, "submit", (int)current["version"]!);

        // The reviewer's page shows the submitted version; meanwhile a colleague accepts the file.
        var reviewer = await factory.SignedInAsync("office");
        var stale = (int)submitted["version"]!;
        await Fire(await factory.ApiClientAsync("admin"), id, "accept", stale);
        var form = await reviewer.GetStringAsync($"/Creation/Copyright/Detail?id={id}");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await reviewer.PostAsync($"/Creation/Copyright/Detail?id={id}&handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["action"] = "reject",
            ["version"] = stale.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["comment"] = "不符合要求",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该记录已被他人修改，请刷新后重试。", html, StringComparison.Ordinal);
        var after = await Json(await applicant.GetAsync($"/api/v1/copyright/registrations/{id}"));
        Assert.Equal("accepted", (string?)after["state"]);

        // A handler the page does not have is a 404, not an empty page.
        var unknown = await reviewer.PostAsync($"/Creation/Copyright/Detail?id={id}&handler=Nonsense", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string id, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        return await client.PostAsync($"/api/v1/copyright/registrations/{id}/samples", form);
    }

    private static async Task<JsonObject> Fire(HttpClient client, string id, string action, int version, string? comment = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/copyright/registrations/{id}/actions/{action}", new { version, comment });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Json(response);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
