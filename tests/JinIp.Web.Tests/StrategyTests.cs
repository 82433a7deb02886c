using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Testing;

namespace JinIp.Web.Tests;

/// <summary>The strategy module through HTTP: import with preview and commit, a unit's view, reports, dashboard, ledger, district ranking.</summary>
public sealed class StrategyTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    // The factory's clock is today; the seed plan is imported as a future year so that its deadlines lie ahead.
    private const int Year = 2027;

    [Fact]
    public async Task ImportSeedPlan_PreviewThenCommit_ThenUnitSeesOnlyItsTasks_AndItsReportMovesTheDashboard()
    {
        var office = await factory.ApiClientAsync("office");
        var draft = await UploadAsync(office, File.ReadAllBytes(SharedData.Path("seed/2021-tianjin-ip-work-points.txt")), "2021-tianjin-ip-work-points.txt");
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        using var draftJson = JsonDocument.Parse(await draft.Content.ReadAsStringAsync());
        var plan = draftJson.RootElement.GetProperty("plan");
        Assert.Equal(6, plan.GetProperty("parts").GetArrayLength());
        Assert.Equal(34, plan.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength()));
        Assert.False(draftJson.RootElement.GetProperty("diff").GetProperty("replacesExistingPlan").GetBoolean());
        var draftId = draftJson.RootElement.GetProperty("id").GetString();

        // The preview page shows the same parse to staff before anything is stored.
        var officePages = await factory.SignedInAsync("office");
        var preview = await officePages.GetStringAsync($"/Strategy/Import/Preview?id={draftId}");
        Assert.Contains("6 个部分，34 项工作", preview, StringComparison.Ordinal);
        Assert.Contains("加强专利商标行政保护", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/strategy/plan?year={Year}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/strategy/imports/{draftId}/commit", null)).StatusCode);
        using var planJson = JsonDocument.Parse(await office.GetStringAsync($"/api/v1/strategy/plan?year={Year}"));
        var items = planJson.RootElement.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(34, items.Count);

        // Court leads item 14 (审判) by suggestion; staff confirm it as lead of item 1 too.
        var item1 = items[0].GetProperty("id").GetString();
        var court = await factory.ApiClientAsync("court");
        using var me = JsonDocument.Parse(await court.GetStringAsync("/api/v1/me"));
        var courtOrg = me.RootElement.GetProperty("organizationId").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/v1/strategy/items/{item1}/units", new { lead = courtOrg, co = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await court.PutAsJsonAsync($"/api/v1/strategy/items/{item1}/units", new { lead = courtOrg })).StatusCode);

        using var courtTasks = JsonDocument.Parse(await court.GetStringAsync($"/api/v1/strategy/tasks?year={Year}"));
        var mine = courtTasks.RootElement.EnumerateArray().ToList();
        Assert.Contains(mine, t => t.GetProperty("itemNumber").GetInt32() == 1);
        Assert.Contains(mine, t => t.GetProperty("itemNumber").GetInt32() == 14);
        Assert.All(mine, t => Assert.True(
            t.GetProperty("lead").GetProperty("id").GetString() == courtOrg || t.GetProperty("coUnits").EnumerateArray().Any(c => c.GetProperty("id").GetString() == courtOrg)));
        using var allTasks = JsonDocument.Parse(await office.GetStringAsync($"/api/v1/strategy/tasks?year={Year}"));
        var foreign = allTasks.RootElement.EnumerateArray().First(t => mine.All(m => m.GetProperty("id").GetString() != t.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync($"/api/v1/strategy/tasks/{foreign.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync($"/api/v1/strategy/items/{foreign.GetProperty("itemId").GetString()}")).StatusCode);
        var courtPages = await factory.SignedInAsync("court");
        Assert.Equal(HttpStatusCode.NotFound, (await courtPages.GetAsync($"/Strategy/Task?id={foreign.GetProperty("id").GetString()}")).StatusCode);
        var tasksPage = await courtPages.GetStringAsync("/Strategy/Tasks");
        Assert.Contains("（十四）", tasksPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"（{foreign.GetProperty("itemNumeral").GetString()}）", tasksPage, StringComparison.Ordinal);

        // The unit reports; the dashboard moves.
        var before = await DashboardPercentAsync(office, 1);
        var task = mine.First(t => t.GetProperty("itemNumber").GetInt32() == 1).GetProperty("id").GetString();
        // A 1×1 PNG as the report's attachment.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("规划初稿已完成"), "text" },
            { new StringContent("80"), "percent" },
            { new ByteArrayContent(png), "files", "会议照片.png" },
        };
        Assert.Equal(HttpStatusCode.Created, (await court.PostAsync($"/api/v1/strategy/tasks/{task}/reports", form)).StatusCode);
        Assert.True(await DashboardPercentAsync(office, 1) > before);
        using var detail = JsonDocument.Parse(await court.GetStringAsync($"/api/v1/strategy/tasks/{task}"));
        Assert.Equal(80, detail.RootElement.GetProperty("task").GetProperty("percent").GetInt32());
        var report = detail.RootElement.GetProperty("reports")[0];
        Assert.Equal("规划初稿已完成", report.GetProperty("text").GetString());
        var attachment = report.GetProperty("attachments")[0];
        Assert.Equal("会议照片.png", attachment.GetProperty("fileName").GetString());
        var attachmentUrl = $"/api/v1/attachments/{attachment.GetProperty("id").GetString()}";
        Assert.Equal(png, await (await court.GetAsync(attachmentUrl)).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync(attachmentUrl)).StatusCode);

        // A district office sees neither court's report form nor its task.
        var nankai = await factory.ApiClientAsync("nankai");
        Assert.Equal(HttpStatusCode.NotFound, (await nankai.GetAsync($"/api/v1/strategy/tasks/{task}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nankai.GetAsync(attachmentUrl)).StatusCode);

        // The ledger: Excel with Chinese headers, one row per task.
        var ledger = await office.GetAsync($"/api/v1/strategy/ledger?year={Year}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await ledger.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(allTasks.RootElement.GetArrayLength(), rows.Count);
        Assert.Contains("督办台账", string.Join(",", ledger.Content.Headers.ContentDisposition?.FileNameStar ?? ""), StringComparison.Ordinal);
        Assert.Contains(rows, r => Equals(r["完成进度（%）"], 80d) || Equals(r["完成进度（%）"], 80));
    }

    [Fact]
    public async Task ADocumentThatIsNotAPlan_Answers400WithTheReason_AndStoresNothing()
    {
        var office = await factory.ApiClientAsync("office");
        var response = await UploadAsync(office, "会议通知\n请各单位准时参会。"u8.ToArray(), "notice.txt", 2031);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是一份工作计划", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync("/api/v1/strategy/plan?year=2031")).StatusCode);

        var page = await factory.SignedInAsync("office");
        var html = await page.GetStringAsync("/Strategy/Import");
        Assert.Contains("name=\"file\"", html, StringComparison.Ordinal);
        var court = await factory.ApiClientAsync("court");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(court, File.ReadAllBytes(SharedData.Path("seed/2021-tianjin-ip-work-points.txt")), "plan.txt", 2031)).StatusCode);
    }

    [Fact]
    public async Task DistrictRanking_UsesReportedValues_WithTheFormulaShown_AndADistrictReportsOnlyForItself()
    {
        var office = await factory.ApiClientAsync("office");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync("/api/v1/strategy/indicators/defaults?year=2032", null)).StatusCode);
        using var indicators = JsonDocument.Parse(await office.GetStringAsync("/api/v1/strategy/indicators?year=2032"));
        var list = indicators.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Contains(list, i => i.GetProperty("source").GetString() == "valid-invention-patents-per-10k");
        var reported = list.First(i => i.GetProperty("source").GetString() == "reported");
        var id = reported.GetProperty("id").GetString();

        var nankai = await factory.ApiClientAsync("nankai");
        var binhai = await factory.ApiClientAsync("binhai");
        Assert.Equal(HttpStatusCode.NoContent, (await nankai.PutAsJsonAsync($"/api/v1/strategy/indicators/{id}/values", new { district = "120104", value = 8.5m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhai.PutAsJsonAsync($"/api/v1/strategy/indicators/{id}/values", new { district = "120104", value = 99m })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PutAsJsonAsync($"/api/v1/strategy/indicators/{id}/values", new { district = "999999", value = 1m })).StatusCode);

        using var ranking = JsonDocument.Parse(await office.GetStringAsync("/api/v1/strategy/ranking?year=2032"));
        Assert.Contains("Σ 权重 × 完成度", ranking.RootElement.GetProperty("formulaZh").GetString(), StringComparison.Ordinal);
        var districts = ranking.RootElement.GetProperty("districts").EnumerateArray().ToList();
        Assert.Equal(16, districts.Count);
        Assert.Equal("120104", districts[0].GetProperty("districtCode").GetString());
        Assert.Equal(1, districts[0].GetProperty("rank").GetInt32());
        var expected = Math.Round(reported.GetProperty("weight").GetDecimal() * Math.Min(8.5m / reported.GetProperty("target").GetDecimal(), 1.2m), 2);
        Assert.Equal(expected, districts[0].GetProperty("total").GetDecimal());

        var page = await (await factory.SignedInAsync("nankai")).GetStringAsync("/Strategy/Districts?year=2032");
        Assert.Contains("第七次全国人口普查", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_AnswersWith4xx_NeverA500()
    {
        var office = await factory.ApiClientAsync("office");
        var court = await factory.ApiClientAsync("court");
        var id = Guid.NewGuid();
        var responses = new[]
        {
            await office.PostAsync("/api/v1/strategy/imports", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            await office.PutAsync($"/api/v1/strategy/imports/{id}/items", new StringContent("not json", System.Text.Encoding.UTF8, "application/json")),
            await office.PutAsJsonAsync($"/api/v1/strategy/tasks/{id}/deadline", new { deadline = "2021-02-30" }),
            await court.PostAsync($"/api/v1/strategy/tasks/{id}/reports", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            await court.PostAsJsonAsync($"/api/v1/strategy/tasks/{id}/postpone", new { reason = "x", newDate = "tomorrow" }),
            await office.PutAsJsonAsync("/api/v1/strategy/indicators", new { year = 2033, name = "", weight = -1 }),
            await court.GetAsync("/api/v1/strategy/tasks?year=abc"),
            await UploadAsync(office, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "old.doc"),
        };
        Assert.All(responses, r => Assert.InRange((int)r.StatusCode, 400, 499));
    }

    [Fact]
    public async Task EveryStrategyPage_Renders_ForTheOfficeAndForAUnit()
    {
        var office = await factory.ApiClientAsync("office");
        var draft = await UploadAsync(office, File.ReadAllBytes(SharedData.Path("seed/2021-tianjin-ip-work-points.txt")), "plan.txt", 2028);
        using var draftJson = JsonDocument.Parse(await draft.Content.ReadAsStringAsync());
        var draftId = draftJson.RootElement.GetProperty("id").GetString();
        var officePages = await factory.SignedInAsync("office");
        Assert.Contains("name=\"headline\"", await officePages.GetStringAsync($"/Strategy/Import/Item?id={draftId}&number=7"), StringComparison.Ordinal);
        await office.PostAsync($"/api/v1/strategy/imports/{draftId}/commit", null);
        using var tasks = JsonDocument.Parse(await office.GetStringAsync("/api/v1/strategy/tasks?year=2028"));
        var courtTask = tasks.RootElement.EnumerateArray().First(t => t.GetProperty("itemNumber").GetInt32() == 14);
        await office.PostAsJsonAsync($"/api/v1/strategy/tasks/{courtTask.GetProperty("id").GetString()}/notices", new { text = "请报送审判数据", answerWithinWorkingDays = 3 });
        await office.PostAsync("/api/v1/strategy/indicators/defaults?year=2028", null);

        var courtPages = await factory.SignedInAsync("court");
        var pages = new (HttpClient Client, string Path, string Expect)[]
        {
            (officePages, "/Strategy?year=2028", "（三十四）"),
            (officePages, "/Strategy/Dashboard?year=2028", "chart-parts"),
            (officePages, "/Strategy/Districts?year=2028", "每万人口发明专利拥有量"),
            (officePages, "/Strategy/Assessment?year=2028", "市局评分"),
            (officePages, "/Strategy/Overdue?year=2028", "逾期"),
            (officePages, "/Strategy/Notices", "请报送审判数据"),
            (officePages, $"/Strategy/Item?id={courtTask.GetProperty("itemId").GetString()}", "确认牵头单位和配合单位"),
            (officePages, $"/Strategy/Task?id={courtTask.GetProperty("id").GetString()}", "发送督办通知"),
            (courtPages, "/Strategy?year=2028", "（十四）"),
            (courtPages, $"/Strategy/Task?id={courtTask.GetProperty("id").GetString()}", "报送进展"),
            (courtPages, "/Strategy/Notices", "请报送审判数据"),
            (courtPages, "/Strategy/Dashboard?year=2028", "chart-items"),
        };
        foreach (var (client, path, expect) in pages)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(expect, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("（三十四）", await courtPages.GetStringAsync("/Strategy?year=2028"), StringComparison.Ordinal);
    }

    private static async Task<int> DashboardPercentAsync(HttpClient client, int itemNumber)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/strategy/dashboard?year={Year}"));
        return json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == itemNumber).GetProperty("averagePercent").GetInt32();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, int year = Year)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", fileName },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
        };
        return await client.PostAsync("/api/v1/strategy/imports", form);
    }
}
