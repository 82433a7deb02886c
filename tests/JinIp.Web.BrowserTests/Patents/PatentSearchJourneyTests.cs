using JinIp.Web.BrowserTests.Hosting;

namespace JinIp.Web.BrowserTests.Patents;

[Collection(BrowserCollection.Name)]
public sealed class PatentSearchJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Anonymous_SearchesRefinesWithAFilterAndOpensADetailPage()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await WaitForIndexAsync(page, search);

        await search.GotoAsync();
        await search.QueryBox.FillAsync("装置");
        await search.SearchButton.ClickAsync();
        var all = await search.CountAsync();
        Assert.True(all > 0);
        Assert.True(await search.Hits.CountAsync() > 0);

        // Refine by patent type from the side panel: fewer (or as many) results, all of that type.
        await search.Filters.GetByRole(AriaRole.Link, new() { Name = "发明", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("type=Invention", StringComparison.Ordinal));
        var inventions = await search.CountAsync();
        Assert.InRange(inventions, 1, all);
        foreach (var meta in await search.Hits.Locator(".small.text-body-secondary").AllInnerTextsAsync())
        {
            Assert.Contains("发明", meta, StringComparison.Ordinal);
        }

        var title = await search.Hits.First.GetByRole(AriaRole.Link).First.InnerTextAsync();
        await search.Hits.First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "著录项目" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CommandSearch_MarksWhereTheQueryIsWrong()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await search.GotoAsync("?mode=command");
        await search.CommandBox.FillAsync("TI=(电池 AND");
        await search.SearchButton.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("检索式第11个字符处有误");
        await Assertions.Expect(search.ErrorMark).ToBeVisibleAsync();
        Assert.Equal("TI=(电池 AND", await search.CommandBox.InputValueAsync());
    }

    [Fact]
    public async Task FormSearch_PicksAnIpcCodeByBrowsingAndByTitle()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await search.GotoAsync("?mode=form");
        await page.GetByText("按 IPC 分类表选择分类号").ClickAsync();
        var picker = page.Locator("#ipc-picker");
        await picker.GetByRole(AriaRole.Button, new() { Name = "展开 H", Exact = true }).ClickAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "展开 H01", Exact = true }).ClickAsync();
        await Assertions.Expect(picker.Locator("li[data-code='H01M']")).ToContainTextAsync("电");
        await picker.GetByRole(AriaRole.Button, new() { Name = "选用 H01M", Exact = true }).ClickAsync();
        Assert.Equal("H01M", await page.GetByLabel("IPC 分类号", new() { Exact = true }).InputValueAsync());

        // Finding by a word of the title lists matching classes, broadest first.
        await page.GetByText("按 IPC 分类表选择分类号").ClickAsync();
        await page.GetByLabel("查找分类", new() { Exact = false }).FillAsync("锂");
        await Assertions.Expect(picker.Locator("li[data-code]").First).ToContainTextAsync("锂");

        await search.SearchButton.ClickAsync();
        await Assertions.Expect(page.GetByTestId("canonical-query")).ToContainTextAsync("IC=H01M*");
    }

    [Fact]
    public async Task SelectedRows_ExportAsCsvWithTheChosenFields_AndAllResultsExportWithProgress()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await WaitForIndexAsync(page, search);
        await search.GotoAsync("?mode=command&q=" + Uri.EscapeDataString("AD>=1900-01-01") + "&sort=date");
        var picked = new List<string>();
        foreach (var box in (await page.Locator(".hit-select").AllAsync()).Take(2))
        {
            await box.CheckAsync();
            picked.Add((await box.GetAttributeAsync("value"))!);
        }

        await Assertions.Expect(page.GetByTestId("selected-count")).ToContainTextAsync("已选 2 件");

        // The selection survives paging within the tab.
        await page.GetByRole(AriaRole.Link, new() { Name = "2", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToContainTextAsync("已选 2 件");

        await page.GetByText("导出", new() { Exact = true }).First.ClickAsync();
        await page.GetByLabel("仅所选专利").CheckAsync();
        await page.GetByLabel("CSV (UTF-8)").CheckAsync();
        foreach (var field in await page.Locator("input[name='export-field']").AllAsync())
        {
            await field.UncheckAsync();
        }

        await page.GetByLabel("申请号", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("名称", new() { Exact = true }).Last.CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出", Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("申请号,名称", lines[0]);
        // Numbers stay text in Excel: ="…", quoted as RFC 4180 requires.
        Assert.Equal(picked.Select(k => $"\"=\"\"{k}\"\"\""), lines[1..].Select(l => l.Split(',')[0]));
        await Assertions.Expect(page.GetByTestId("export-status")).ToContainTextAsync("导出完成：2 条");

        // All results as Excel: the status reports completion with the row count from X-Total-Count.
        await page.GetByLabel("全部结果", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Excel (.xlsx)").CheckAsync();
        var excel = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出", Exact = true }).ClickAsync());
        Assert.EndsWith(".xlsx", excel.SuggestedFilename, StringComparison.Ordinal);
        var total = await search.CountAsync();
        await Assertions.Expect(page.GetByTestId("export-status")).ToContainTextAsync($"导出完成：{total:N0} 条");
    }

    [Fact]
    public async Task Analysis_DrawsEveryChartWithItsTable_AndTheCoApplicantNetwork()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await WaitForIndexAsync(page, search);
        await page.GotoAsync("/Patents/Analysis?q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        var sections = page.GetByTestId("analysis-section");
        await Assertions.Expect(sections).ToHaveCountAsync(9);
        foreach (var section in await sections.AllAsync())
        {
            // ECharts drew into the chart's box.
            await Assertions.Expect(section.Locator("canvas").First).ToBeVisibleAsync();
        }

        var network = sections.Filter(new() { HasText = "合作申请网络" });
        await network.GetByText("数据表").ClickAsync();
        Assert.True(await network.Locator("tbody tr").CountAsync() > 0, "the demo corpus has joint applications");
        var download = await page.RunAndWaitForDownloadAsync(() => network.GetByRole(AriaRole.Link, new() { NameRegex = new("^下载数据") }).ClickAsync());
        Assert.EndsWith("coapplicants.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopApplicants_AreComparedSideBySide()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await WaitForIndexAsync(page, search);
        await page.GotoAsync("/Patents/Analysis?q=" + Uri.EscapeDataString("AD>=1900-01-01"));
        await page.GetByRole(AriaRole.Link, new() { Name = "对比前 5 位申请人" }).ClickAsync();
        var table = page.GetByTestId("compare-table");
        await Assertions.Expect(table.Locator("thead th")).ToHaveCountAsync(6);
        var first = await table.Locator("thead th").Nth(1).InnerTextAsync();
        var total = await table.Locator("tbody tr").First.Locator("td").First.InnerTextAsync();

        // The first column's total is that applicant's hit count in a search.
        await table.Locator("tbody tr").First.Locator("td a").First.ClickAsync();
        Assert.Equal(int.Parse(total.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), await search.CountAsync());
        await Assertions.Expect(page.GetByTestId("canonical-query")).ToContainTextAsync(first);
    }

    [Fact]
    public async Task CollapsingFamilies_ShowsOneRowPerFamily()
    {
        var page = await fixture.NewPageAsync();
        var search = new PatentSearchPage(page);
        await WaitForIndexAsync(page, search);
        await search.GotoAsync("?mode=command&size=100&q=" + Uri.EscapeDataString("TI=装置"));
        var patents = await search.CountAsync();
        await page.GetByTestId("collapse-family").ClickAsync();
        await Assertions.Expect(search.HitCount).ToContainTextAsync("个专利族");
        var families = await search.CountAsync();
        Assert.InRange(families, 1, patents - 1);
        await Assertions.Expect(page.GetByTestId("family-hits").First).ToContainTextAsync("同族命中 2 件");
    }

    /// <summary>The demo corpus is indexed in the background within seconds of start (other tests may add patents).</summary>
    private static async Task WaitForIndexAsync(IPage page, PatentSearchPage search)
    {
        for (var i = 0; i < 60; i++)
        {
            await search.GotoAsync("?mode=command&q=" + Uri.EscapeDataString("AD>=1900-01-01"));
            if (await search.HitCount.CountAsync() > 0 && await search.CountAsync() >= JinIpWebHost.DemoPatents)
            {
                return;
            }

            await page.WaitForTimeoutAsync(250);
        }

        throw new TimeoutException("The demo patents were not indexed in time.");
    }
}
