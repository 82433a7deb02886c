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
