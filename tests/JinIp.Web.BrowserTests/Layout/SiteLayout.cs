namespace JinIp.Web.BrowserTests.Layout;

/// <summary>The parts of the shared layout every page has: the navbar's language switch and sign-in state.</summary>
public sealed class SiteLayout(IPage page)
{
    private ILocator Navigation => page.GetByRole(AriaRole.Navigation).First;

    public ILocator Html => page.Locator("html");

    public ILocator SwitchToEnglishButton => Navigation.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true });

    public ILocator SwitchToChineseButton => Navigation.GetByRole(AriaRole.Button, new() { Name = "中文", Exact = true });

    /// <summary>The sign-in link in the navbar (Chinese or English).</summary>
    public ILocator SignInLink => Navigation.GetByRole(AriaRole.Link, new() { NameRegex = new("^(登录|Sign in)$") });

    /// <summary>The sign-out button, whose name carries the display name: "退出登录 (市局业务员)".</summary>
    public ILocator SignOutButton => Navigation.GetByRole(AriaRole.Button, new() { NameRegex = new("^(退出登录|Sign out)") });

    public ILocator HomeLink => Navigation.GetByRole(AriaRole.Link, new() { NameRegex = new("^(首页|Home)$") });

    public Task SwitchToEnglishAsync() => SwitchAsync(SwitchToEnglishButton, "en");

    public Task SwitchToChineseAsync() => SwitchAsync(SwitchToChineseButton, "zh-CN");

    /// <summary>
    /// Posts the language form and waits for the page it redirects to. Playwright's load-state wait needs the new
    /// navigation committed first; right after the click it may still see the old page, so the new page's
    /// <c>lang</c> comes first.
    /// </summary>
    private async Task SwitchAsync(ILocator button, string language)
    {
        await button.ClickAsync();
        await Assertions.Expect(Html).ToHaveAttributeAsync("lang", language);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    public Task SignOutAsync() => SignOutButton.ClickAsync();
}
