namespace JinIp.Web.BrowserTests.Patents;

/// <summary>The public patent search at <c>/Patents</c> and its result list.</summary>
public sealed class PatentSearchPage(IPage page)
{
    public ILocator Tab(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator QueryBox => page.GetByLabel("检索内容");

    public ILocator CommandBox => page.GetByLabel("检索式");

    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true });

    public ILocator HitCount => page.GetByTestId("hit-count");

    public ILocator Hits => page.GetByTestId("hit");

    public ILocator Filters => page.GetByRole(AriaRole.Complementary, new() { Name = "结果筛选" });

    public ILocator ErrorMark => page.GetByTestId("marked-query").Locator("mark");

    public Task<IResponse?> GotoAsync(string query = "") => page.GotoAsync("/Patents" + query);

    /// <summary>The number in "共 N 条结果".</summary>
    public async Task<int> CountAsync()
    {
        var text = await HitCount.InnerTextAsync();
        return int.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
