using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Platform.Data;
using JinIp.Registries.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Registries.Tests;

/// <summary>
/// 津门老字号 recognition through the API with the fake clock: filing, formal check, expert scoring, a public
/// notice of working days (across the 2021 National Day holiday), objections, recognition into the public list.
/// </summary>
public sealed class RecognitionTests(RegistriesWebFactory factory) : IClassFixture<RegistriesWebFactory>
{
    private const string Applications = "/api/v1/registries/time-honored/applications";
    private static readonly string CreditCode = UnifiedSocialCreditCode.Complete("91120101MA05JX000");
    private static readonly Dictionary<string, int> GoodScores = new() { ["history"] = 22, ["craft"] = 20, ["culture"] = 15, ["reputation"] = 12, ["vitality"] = 11 };

    [Fact]
    public async Task FiledApplication_IsCheckedScoredNoticedForFiveWorkingDays_ThenRecognizedAndListed()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var office = await factory.ApiClientAsync("office");
        var expert = await factory.ApiClientAsync("expert");

        var filed = await SubmitAsync(applicant, "津测老号");
        var id = filed.GetProperty("id").GetString()!;
        Assert.Equal("submitted", filed.GetProperty("state").GetString());

        var accepted = await FireAsync(office, id, "accept", 1);
        Assert.Equal("expert-review", accepted.GetProperty("state").GetString());
        // 20 working days for the expert, counted past the National Day holiday.
        Assert.Equal("2021-11-01", accepted.GetProperty("dueDate").GetString());
        Assert.Contains(id, (await expert.GetFromJsonAsync<JsonElement>(Applications)).EnumerateArray().Select(a => a.GetProperty("id").GetString()));

        var scored = await FireAsync(expert, id, "score", 2, "史料翔实", GoodScores);
        Assert.Equal("reviewed", scored.GetProperty("state").GetString());
        Assert.Equal(80, scored.GetProperty("scoreTotal").GetInt32());

        // Published on Tue 28 Sep 2021: 29, 30 Sep, (1–7 Oct holiday), Fri 8, Sat 9 (make-up working day), Mon 11 Oct.
        var noticed = await FireAsync(office, id, "publish-notice", 3);
        Assert.Equal("public-notice", noticed.GetProperty("state").GetString());
        Assert.Equal("2021-10-11", noticed.GetProperty("dueDate").GetString());
        var notices = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/registries/time-honored/notices");
        Assert.Contains(notices.EnumerateArray(), n => n.GetProperty("brand").GetString() == "津测老号" && n.GetProperty("noticeEndsOn").GetString() == "2021-10-11");

        var objection = await office.PostAsJsonAsync($"{Applications}/{id}/objections", new { objector = "某市民", content = "对创立年份有疑问" });
        Assert.Equal(HttpStatusCode.OK, objection.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await TryFireAsync(office, id, "recognize", 4, "异议已核实：年份有档案佐证")).StatusCode);
        factory.RegistryClock.SetUtcNow(new DateTimeOffset(2021, 10, 11, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Conflict, (await TryFireAsync(office, id, "recognize", 4, "异议已核实：年份有档案佐证")).StatusCode);
        factory.RegistryClock.SetUtcNow(new DateTimeOffset(2021, 10, 12, 1, 0, 0, TimeSpan.Zero));
        var recognized = await FireAsync(office, id, "recognize", 4, "异议已核实：年份有档案佐证");
        Assert.Equal("recognized", recognized.GetProperty("state").GetString());

        var list = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/registries/time-honored-brands/records?q=" + Uri.EscapeDataString("津测老号"));
        var brand = Assert.Single(list.GetProperty("records").EnumerateArray());
        Assert.Equal("津测老号（第30类）", brand.GetProperty("values").GetProperty("trademarks").GetString());
        Assert.Equal("2021-10-12", brand.GetProperty("values").GetProperty("recognizedOn").GetString());
        Assert.DoesNotContain((await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/registries/time-honored/notices")).EnumerateArray(), n => n.GetProperty("id").GetString() == id);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries;
        var actions = await audit.Where(a => a.SubjectId == id).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
        Assert.Equal(["workflow.start", "workflow.transition", "workflow.transition", "workflow.transition", "time-honored.objection", "workflow.transition"], actions);
        Assert.True(await audit.AnyAsync(a => a.Action == "registry.create" && a.SubjectId == brand.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ABrandUnderFiftyYearsOld_OrABadCreditCode_IsRefusedBesideTheField()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var response = await applicant.PostAsJsonAsync(Applications, Input("津测年轻", 1990, "91120101MA05JX0001"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("1971", errors.GetProperty("FoundedYear")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("统一社会信用代码", errors.GetProperty("CreditCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsJsonAsync(Applications, Input("津测刚好", 1971, CreditCode))).StatusCode);
    }

    [Fact]
    public async Task ApplicantsSeeOnlyTheirOwn_AndEachStepOnlyItsRole()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var other = await factory.ApiClientAsync("applicant2");
        var office = await factory.ApiClientAsync("office");
        var expert = await factory.ApiClientAsync("expert");
        var court = await factory.ApiClientAsync("court");
        var id = (await SubmitAsync(applicant, "津测可见")).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Applications}/{id}")).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>(Applications)).EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await TryFireAsync(other, id, "withdraw", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"{Applications}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync($"{Applications}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await court.PostAsJsonAsync(Applications, Input("津测法院", 1900, CreditCode))).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await TryFireAsync(applicant, id, "accept", 1)).StatusCode);
        await FireAsync(office, id, "accept", 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await TryFireAsync(office, id, "score", 2, null, GoodScores)).StatusCode);
        var scores = await TryFireAsync(expert, id, "score", 2, null, new Dictionary<string, int>(GoodScores) { ["history"] = 26 });
        Assert.Equal(HttpStatusCode.BadRequest, scores.StatusCode);
        Assert.True((await scores.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("scores.history", out _));

        var withdrawn = await FireAsync(applicant, id, "withdraw", 2);
        Assert.Equal("withdrawn", withdrawn.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ALowScore_CannotBeNoticed_AndTwoDecisionsOnOneVersionCannotBothWin()
    {
        var applicant = await factory.ApiClientAsync("applicant2");
        var office = await factory.ApiClientAsync("office");
        var admin = await factory.ApiClientAsync("admin");
        var expert = await factory.ApiClientAsync("expert");
        var id = (await SubmitAsync(applicant, "津测低分")).GetProperty("id").GetString()!;

        var first = TryFireAsync(office, id, "accept", 1);
        var second = TryFireAsync(admin, id, "accept", 1);
        var statuses = (await Task.WhenAll(first, second)).Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);

        await FireAsync(expert, id, "score", 2, null, new Dictionary<string, int> { ["history"] = 10, ["craft"] = 10, ["culture"] = 10, ["reputation"] = 10, ["vitality"] = 9 });
        var refused = await TryFireAsync(office, id, "publish-notice", 3);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("60", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await TryFireAsync(office, id, "decline", 3)).StatusCode);
        var declined = await FireAsync(office, id, "decline", 3, "专家评分未达到公示要求");
        Assert.Equal("not-recognized", declined.GetProperty("state").GetString());
        Assert.Equal("专家评分未达到公示要求", declined.GetProperty("decisionReason").GetString());
    }

    private static object Input(string brand, int founded, string creditCode) => new
    {
        enterpriseName = brand + "食品有限公司",
        creditCode,
        brand,
        foundedYear = founded,
        district = "和平区",
        trademarks = brand + "（第30类）",
        history = $"{brand}创立于{founded}年，世代相传，传统技艺完整保留，有历年账册、老照片和商标注册证等史料实物为证，在津门享有盛誉。",
    };

    private static async Task<JsonElement> SubmitAsync(HttpClient applicant, string brand)
    {
        var response = await applicant.PostAsJsonAsync(Applications, Input(brand, 1900, CreditCode));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> TryFireAsync(HttpClient client, string id, string transition, int version, string? comment = null, Dictionary<string, int>? scores = null) =>
        client.PostAsJsonAsync($"{Applications}/{id}/transitions", new { transition, version, comment, scores });

    private static async Task<JsonElement> FireAsync(HttpClient client, string id, string transition, int version, string? comment = null, Dictionary<string, int>? scores = null)
    {
        var response = await TryFireAsync(client, id, transition, version, comment, scores);
        Assert.True(response.IsSuccessStatusCode, $"{transition}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
