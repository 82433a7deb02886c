using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.PatentSearch.Generation;

namespace JinIp.Web.Tests;

/// <summary>A host started with 2,000 demo patents, indexed by its own outbox indexer.</summary>
public sealed class DemoPatentsFactory : JinIpWebFactory
{
    public const int Count = 2_000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Patents"] = Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>
    /// Waits until the host's background indexer (it drains the outbox every two seconds) has indexed at least the
    /// demo patents; tests may add more to the same host.
    /// </summary>
    public async Task WaitForIndexAsync()
    {
        var client = Anonymous();
        for (var i = 0; i < 100; i++)
        {
            var response = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/search?size=10&q=" + Uri.EscapeDataString("AD>=1900-01-01"));
            if (response.GetProperty("total").GetInt32() >= Count)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The demo patents were not indexed in time.");
    }
}

public sealed class PatentsApiTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.WaitForIndexAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Search_ReturnsPagedHitsWithCanonicalQuery()
    {
        var sample = new PatentCorpusGenerator(Hosting.DemoPatents.Seed).Generate(1).Single();
        var word = sample.Title[..2];
        var client = factory.Anonymous();
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/patents/search?q={Uri.EscapeDataString("名称=" + word)}&size=10&sort=date");
        Assert.StartsWith("TI=", body.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 10);
        Assert.All(hits, h => Assert.Contains(word, h.GetProperty("title").GetString(), StringComparison.Ordinal));
        var dates = hits.Select(h => h.GetProperty("applicationDate").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task CollapseFamily_CountsFamilies_AndAnUnknownCollapseIs400()
    {
        var client = factory.Anonymous();
        var plain = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/search?size=100&q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        var collapsed = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/search?size=100&collapse=family&q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        Assert.InRange(collapsed.GetProperty("total").GetInt32(), 1, plain.GetProperty("total").GetInt32() - 1);
        Assert.Contains(collapsed.GetProperty("hits").EnumerateArray(), h => h.GetProperty("familyHits").GetInt32() == 2);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/patents/search?q=TI%3D%E7%94%B5&collapse=applicant")).StatusCode);
    }

    [Fact]
    public async Task QueryError_Is400WithThePosition()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/patents/search?q=" + Uri.EscapeDataString("TI=(电池 AND"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(10, problem.GetProperty("position").GetInt32()); // zero-based: the end of the query
        Assert.Equal("检索式有误", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task BadPaging_Is400NamingTheField()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/patents/search?q=%E7%94%B5&size=7");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("size", out _));
    }

    [Fact]
    public async Task Patent_IsFoundByAnySpellingOfItsApplicationNumber()
    {
        var sample = new PatentCorpusGenerator(Hosting.DemoPatents.Seed).Generate(1).Single();
        var number = sample.ApplicationNumber!.Value.ToString();
        var client = factory.Anonymous();
        foreach (var spelling in new[] { number, "CN" + number.Replace(".", "", StringComparison.Ordinal), "ZL" + number })
        {
            var patent = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/" + Uri.EscapeDataString(spelling));
            Assert.Equal(number, patent.GetProperty("applicationNumber").GetString());
            Assert.Equal(sample.Title, patent.GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/patents/201710117081.7")).StatusCode);
    }

    [Fact]
    public async Task Analysis_CountsTheWholeResultSet()
    {
        var analysis = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/patents/analysis?q=" + Uri.EscapeDataString("AD>=1900-01-01") + "&top=5");
        Assert.Equal(DemoPatentsFactory.Count, analysis.GetProperty("totalHits").GetInt32());
        Assert.Equal(DemoPatentsFactory.Count, analysis.GetProperty("byYearAndType").EnumerateArray().Sum(y => y.GetProperty("count").GetInt32()));
        Assert.InRange(analysis.GetProperty("topApplicants").GetArrayLength(), 1, 5);
        Assert.NotEmpty(analysis.GetProperty("regions").EnumerateArray());
    }

    [Fact]
    public async Task SearchPage_ShowsHitsFiltersAndPaging()
    {
        var client = factory.Anonymous();
        var html = await client.GetStringAsync("/Patents?q=" + Uri.EscapeDataString("AD>=1900-01-01") + "&mode=command&size=10");
        Assert.Contains($"共 {DemoPatentsFactory.Count:N0} 条结果", html, StringComparison.Ordinal);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"hit\""));
        Assert.Contains("专利类型", html, StringComparison.Ordinal);
        Assert.Contains("滨海新区", html, StringComparison.Ordinal);

        var filtered = await client.GetStringAsync("/Patents?q=" + Uri.EscapeDataString("AD>=1900-01-01") + "&mode=command&size=10&type=Invention");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/search?q=" + Uri.EscapeDataString("AD>=1900-01-01 AND TYPE=发明") + "&size=10");
        Assert.Contains($"共 {api.GetProperty("total").GetInt32():N0} 条结果", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_MarksTheErrorPositionInTheCommandBox()
    {
        var html = await factory.Anonymous().GetStringAsync("/Patents?mode=command&q=" + Uri.EscapeDataString("TI=(电池 AND"));
        Assert.Contains("检索式第11个字符处有误", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"query-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_ShowsTheRecordAndSimilarPatents_AndUnknownIs404()
    {
        var sample = new PatentCorpusGenerator(Hosting.DemoPatents.Seed).Generate(1).Single();
        var client = factory.Anonymous();
        var html = await client.GetStringAsync("/Patents/Detail?key=" + Uri.EscapeDataString(sample.ApplicationNumber!.Value.ToString()));
        Assert.Contains(sample.Title, html, StringComparison.Ordinal);
        Assert.Contains("著录项目", html, StringComparison.Ordinal);
        Assert.Contains("法律状态变化", html, StringComparison.Ordinal);
        Assert.Contains(sample.Applicants[0].Name, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Patents/Detail?key=201710117081.7")).StatusCode);
    }

    [Fact]
    public async Task AnalysisPage_ShowsTotalsChartsAndTheirDataTables()
    {
        var html = await factory.Anonymous().GetStringAsync("/Patents/Analysis?q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        Assert.Contains($"共 {DemoPatentsFactory.Count:N0} 件专利", html, StringComparison.Ordinal);
        foreach (var chart in new[] { "chart-trend", "chart-applicants", "chart-ipc", "chart-regions", "chart-status", "chart-inventors" })
        {
            Assert.Contains($"id=\"{chart}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-charts=", html, StringComparison.Ordinal);
        Assert.Contains("/lib/echarts/echarts.min.js", html, StringComparison.Ordinal);
        Assert.Contains("<caption>主要申请人</caption>", html, StringComparison.Ordinal);
    }
}

public sealed class AnalysisTableTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>
{
    [Fact]
    public async Task TrendTable_AsExcel_AddsUpToTheHitCount()
    {
        await factory.WaitForIndexAsync();
        var client = factory.Anonymous();
        var response = await client.GetAsync("/api/v1/patents/analysis/table?table=trend&q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains("申请年", rows[0].Keys);
        Assert.Equal(DemoPatentsFactory.Count, rows.Sum(r => Convert.ToInt32(r["合计"], System.Globalization.CultureInfo.InvariantCulture)));

        var unknown = await client.GetAsync("/api/v1/patents/analysis/table?table=pie&q=TI%3D%E7%94%B5");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"table\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class IpcApiTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    [Fact]
    public async Task Browse_ListsChildrenWithTheirPath()
    {
        var level = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/ipc/?parent=h01m10/00");
        Assert.Equal("H01M10/00", level.GetProperty("parent").GetString());
        Assert.Equal(["H", "H01", "H01M", "H01M10/00"], level.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Contains(level.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "H01M10/0525");
    }

    [Fact]
    public async Task UnknownCode_Is404_AndEmptySearch_Is400()
    {
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/ipc/?parent=Z99")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/ipc/search?q=")).StatusCode);
        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/ipc/search?q=" + Uri.EscapeDataString("锂") + "&take=5");
        Assert.InRange(found.GetArrayLength(), 1, 5);
    }
}
