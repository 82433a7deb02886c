using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;

namespace JinIp.Web.Tests;

/// <summary>The protection pages and API through HTTP: the public form and status page, and access between agencies.</summary>
public sealed class ProtectionTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    [Fact]
    public async Task ARefusedUpload_IsExplainedBesideTheField_AndTheTypedTextIsKept()
    {
        var client = factory.Anonymous();
        var response = await PostComplaintFormAsync(client, "天津市保留文本测试有限公司", "店铺长期销售假冒我司商标的滤清器，证据见附件。", ("invoice.png", Executable));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("invoice.png", html, StringComparison.Ordinal);
        Assert.Contains("实际类型不在允许范围内", html, StringComparison.Ordinal);
        Assert.Contains("店铺长期销售假冒我司商标的滤清器，证据见附件。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"天津市保留文本测试有限公司\"", html, StringComparison.Ordinal);
        Assert.Contains("请重新选择证据文件", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACitizen_FilesWithEvidence_AndFollowsTheStatus_WithoutSigningIn()
    {
        var client = factory.Anonymous();
        var response = await PostComplaintFormAsync(client, "天津市回执页面测试有限公司", "网店销售假冒商标运动鞋，附购买截图。", ("shot.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receiptPage = await (await client.GetAsync(response.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        var receipt = Regex.Match(receiptPage, "data-testid=\"receipt-number\">([^<]+)<").Groups[1].Value;
        var code = Regex.Match(receiptPage, "data-testid=\"access-code\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("TS", receipt, StringComparison.Ordinal);
        Assert.Equal(8, code.Length);

        var found = await LookupPageAsync(client, receipt, code);
        Assert.Contains("data-testid=\"complaint-status\">已收到，待核查", found, StringComparison.Ordinal);

        // A wrong code and an unknown number read exactly the same.
        var wrong = Answer(await LookupPageAsync(client, receipt, "AAAAAAAA"));
        var unknown = Answer(await LookupPageAsync(client, "TS20990101-AAAAAA", code));
        Assert.Equal(wrong, unknown);
        Assert.Contains("受理编号或查询码不正确", wrong, StringComparison.Ordinal);

        var wrongApi = await client.PostAsJsonAsync("/api/v1/protection/complaints/status", new { receiptNumber = receipt, accessCode = "AAAAAAAA" });
        var unknownApi = await client.PostAsJsonAsync("/api/v1/protection/complaints/status", new { receiptNumber = "TS20990101-AAAAAA", accessCode = code });
        Assert.Equal(HttpStatusCode.NotFound, wrongApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.Equal(Detail(await wrongApi.Content.ReadAsStringAsync()), Detail(await unknownApi.Content.ReadAsStringAsync()));
        var okApi = await client.PostAsJsonAsync("/api/v1/protection/complaints/status", new { receiptNumber = receipt, accessCode = code });
        Assert.Equal(ComplaintStatus.Received, (await okApi.Content.ReadFromJsonAsync<PublicComplaintStatus>(Json))!.Status);
    }

    [Fact]
    public async Task Agencies_SeeCasesOnlyThroughTheirRole_AndTheProcuratorateSupervises()
    {
        var office = await factory.ApiClientAsync("office");
        var police = await factory.ApiClientAsync("police");
        var created = await office.PostAsJsonAsync("/api/v1/protection/cases", new
        {
            caseType = "TrademarkInfringement",
            source = "Campaign",
            campaignName = "秋风2026",
            title = "接口访问测试",
            rightType = "Trademark",
            rightNumber = "第7654321号",
            infringerName = "天津市接口测试商贸有限公司",
            districtCode = "120116",
            illegalBusinessVolume = 120000,
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var c = (await created.Content.ReadFromJsonAsync<CaseView>(Json))!;
        Assert.NotNull(c.ThresholdAlertedAt);

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ApiClientAsync("court")).GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ApiClientAsync("nankai")).GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ApiClientAsync("binhai")).GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync("applicant")).GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);

        var referred = await office.PostAsJsonAsync($"/api/v1/protection/cases/{c.Id}/referral", new { reason = "非法经营额 12 万元，涉嫌假冒注册商标罪" });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        var referral = (await referred.Content.ReadFromJsonAsync<ReferralView>(Json))!;
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/v1/protection/cases/{c.Id}")).StatusCode);
        // Only the receiving unit answers; the office may not accept on its behalf.
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/v1/protection/referrals/{referral.Id}/accept", new { version = referral.Version })).StatusCode);
        var accepted = await police.PostAsJsonAsync($"/api/v1/protection/referrals/{referral.Id}/accept", new { version = referral.Version, note = "已立案侦查" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var supervised = await (await factory.ApiClientAsync("procurator")).GetFromJsonAsync<List<ReferralSummary>>("/api/v1/protection/referrals", Json);
        Assert.Contains(supervised!, r => r.Id == referral.Id && r.Status == ReferralStatus.Accepted);
        Assert.Empty((await (await factory.ApiClientAsync("court")).GetFromJsonAsync<List<ReferralSummary>>("/api/v1/protection/referrals", Json))!);
    }

    [Fact]
    public async Task OneApplicant_NeverSeesAnothersComplaint()
    {
        var a = await factory.ApiClientAsync("applicant");
        var submitted = await a.PostAsJsonAsync("/api/v1/protection/complaints", new
        {
            rightType = "Patent",
            rightNumber = "ZL202310123456.7",
            infringerName = "天津市申请人测试有限公司",
            districtCode = "120104",
            description = "对方产品落入我司发明专利权利要求 1 的保护范围。",
            contactName = "李四",
            contactPhone = "022-12345678",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var receipt = (await submitted.Content.ReadFromJsonAsync<ComplaintReceipt>(Json))!;
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/v1/protection/complaints/{receipt.Id}")).StatusCode);
        var b = await factory.ApiClientAsync("applicant2");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/protection/complaints/{receipt.Id}")).StatusCode);
        Assert.DoesNotContain((await b.GetFromJsonAsync<List<ComplaintSummary>>("/api/v1/protection/complaints/", Json))!, x => x.Id == receipt.Id);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ApiClientAsync("nankai")).GetAsync($"/api/v1/protection/complaints/{receipt.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ApiClientAsync("binhai")).GetAsync($"/api/v1/protection/complaints/{receipt.Id}")).StatusCode);
        // Bad input is a 400 with field errors, never a 500.
        var bad = await a.PostAsJsonAsync("/api/v1/protection/complaints", new { rightType = "Patent", platformUrl = "ftp://x" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task APatentRight_LinksToThePatentPage_WhenTheNumberIsWellFormed()
    {
        var digits = "202310123456";
        var number = $"ZL{digits}.{JinIp.PatentSearch.Records.ApplicationNumber.ComputeCheck(digits)}";
        var office = await factory.ApiClientAsync("office");
        var created = await office.PostAsJsonAsync("/api/v1/protection/cases", new
        {
            caseType = "PatentInfringementDispute",
            source = "ExOfficio",
            title = "专利链接测试",
            rightType = "Patent",
            rightNumber = number,
            otherRightNumbers = "ZL2023101234",
            infringerName = "天津市专利链接测试有限公司",
        }, Json);
        var c = (await created.Content.ReadFromJsonAsync<CaseView>(Json))!;
        var page = await factory.SignedInAsync("office");
        var html = await page.GetStringAsync($"/Protection/Cases/Detail/{c.Id}");
        Assert.Contains($"href=\"/Patents/Detail?key={Uri.EscapeDataString(digits + "." + number[^1])}\"", html, StringComparison.Ordinal);
        // A malformed number is shown as text, not as a broken link.
        Assert.Single(Regex.Matches(html, "data-testid=\"patent-link\""));
        Assert.Contains("ZL2023101234", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsA4xx_NeverA500()
    {
        var office = await factory.ApiClientAsync("office");
        var cases = (await office.GetFromJsonAsync<List<CaseSummary>>("/api/v1/protection/cases", Json))!;
        var open = cases.First(c => c.State != CaseStates.Closed && c.DueDate is not null);
        var id = open.Id;
        var requests = new List<(HttpMethod Method, string Path, string? Body)>
        {
            (HttpMethod.Post, "/api/v1/protection/cases", "{}"),
            (HttpMethod.Post, "/api/v1/protection/cases", "{\"caseType\":\"NoSuchType\"}"),
            (HttpMethod.Post, "/api/v1/protection/cases", "{\"illegalGains\":1e40}"),
            (HttpMethod.Post, "/api/v1/protection/cases", "not json"),
            (HttpMethod.Get, "/api/v1/protection/cases?type=Nope", null),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/actions/explode", "{\"version\":1}"),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/actions/decide", "{}"),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/extensions", "{\"version\":1,\"workingDays\":2147483647,\"reason\":\"x\"}"),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/extensions", "{\"version\":1,\"workingDays\":-5,\"reason\":\"x\"}"),
            (HttpMethod.Put, $"/api/v1/protection/cases/{id}/amounts", "{\"version\":1,\"illegalGains\":-1}"),
            (HttpMethod.Put, $"/api/v1/protection/cases/{id}/triage", "{\"version\":1,\"complexity\":\"Medium\"}"),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/transfer", "{\"version\":1}"),
            (HttpMethod.Post, $"/api/v1/protection/cases/{id}/files", null),
            (HttpMethod.Post, $"/api/v1/protection/cases/{Guid.NewGuid()}/referral", "{\"reason\":\"x\"}"),
            (HttpMethod.Post, "/api/v1/protection/complaints/status", "{\"receiptNumber\":\"" + new string('9', 5000) + "\"}"),
        };
        foreach (var (method, path, body) in requests)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            var response = await office.SendAsync(request);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path} {body?[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task DemoCases_AreSeededAcrossTypesAndDistricts()
    {
        var office = await factory.ApiClientAsync("office");
        var cases = (await office.GetFromJsonAsync<List<CaseSummary>>("/api/v1/protection/cases", Json))!;
        Assert.True(cases.Count >= 20);
        Assert.True(cases.Select(c => c.CaseType).Distinct().Count() >= 6);
        Assert.True(cases.Select(c => c.DistrictCode).Distinct().Count() >= 5);
        // Some demo cases crossed a threshold and were referred: the procuratorate has something to supervise.
        var supervised = (await (await factory.ApiClientAsync("procurator")).GetFromJsonAsync<List<ReferralSummary>>("/api/v1/protection/referrals", Json))!;
        Assert.Contains(supervised, r => r.ThresholdRule is not null);
    }

    private static async Task<HttpResponseMessage> PostComplaintFormAsync(HttpClient client, string infringer, string description, (string Name, byte[] Bytes) file)
    {
        var page = await (await client.GetAsync("/Protection/Complaints/New")).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Trademark"), "Input.RightType" },
            { new StringContent(infringer), "Input.InfringerName" },
            { new StringContent("120104"), "Input.DistrictCode" },
            { new StringContent("淘宝"), "Input.PlatformName" },
            { new StringContent(description), "Input.Description" },
            { new StringContent("true"), "Input.Anonymous" },
            { new ByteArrayContent(file.Bytes), "Files", file.Name },
        };
        return await client.PostAsync("/Protection/Complaints/New", form);
    }

    private static async Task<string> LookupPageAsync(HttpClient client, string receipt, string code) =>
        WebUtility.HtmlDecode(await (await JinIpWebFactory.PostFormAsync(client, "/Protection/Status", new() { ["ReceiptNumber"] = receipt, ["AccessCode"] = code })).Content.ReadAsStringAsync());

    private static string Answer(string html) => Regex.Match(html, "<div class=\"alert alert-warning\" role=\"alert\">([^<]*)</div>").Groups[1].Value;

    private static string? Detail(string json) => JsonDocument.Parse(json).RootElement.GetProperty("detail").GetString();
}

/// <summary>The public form and status lookup answer 429 past their per-address limits.</summary>
public sealed class ProtectionRateLimitTests(ProtectionRateLimitFactory factory) : IClassFixture<ProtectionRateLimitFactory>
{
    [Fact]
    public async Task TheFormAndTheLookup_AreRateLimited()
    {
        var client = factory.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/protection/complaints", new { rightType = "Trademark" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            lookups.Add((await client.PostAsJsonAsync("/api/v1/protection/complaints/status", new { receiptNumber = "TS1", accessCode = "X" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], lookups);
        // The page GET stays free.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Protection/Status")).StatusCode);
    }
}

public sealed class ProtectionRateLimitFactory : JinIpWebFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Protection:ComplaintsPerHour"] = "2",
        ["Protection:StatusLookupsPerMinute"] = "2",
        ["Demo:ProtectionCases"] = "0",
    };
}
