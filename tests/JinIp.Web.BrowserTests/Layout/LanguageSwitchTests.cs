using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using JinIp.Web.BrowserTests.Portal;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Layout;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Portal_is_Chinese_by_default_switches_to_English_keeps_it_across_pages_and_switches_back()
    {
        var page = await fixture.NewPageAsync();
        var layout = new SiteLayout(page);
        var portal = new PortalPage(page);

        await portal.GotoAsync();
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(portal.Heading).ToHaveTextAsync("天津市知识产权综合服务平台");
        await Expect(portal.PlanPartsHeading).ToHaveTextAsync("年度工作要点的六个部分");
        await Expect(portal.PlanParts).ToHaveCountAsync(6);
        await Expect(layout.SwitchToChineseButton).ToHaveCountAsync(0);

        await layout.SwitchToEnglishAsync();
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "en");
        await Expect(portal.Heading).ToHaveTextAsync("Tianjin Intellectual Property Platform");
        await Expect(portal.PlanPartsHeading).ToHaveTextAsync("The six parts of the annual work plan");
        await Expect(page).ToHaveTitleAsync("Home · JinIP");

        // The choice is remembered: another page opened by link is English too.
        await layout.SignInLink.ClickAsync();
        var login = new LoginPage(page);
        await Expect(login.Heading).ToHaveTextAsync("Sign in");
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "en");
        await Expect(login.UserName).ToBeVisibleAsync();

        // Switching back returns to the same page, in Chinese.
        await layout.SwitchToChineseAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login$"));
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(login.Heading).ToHaveTextAsync("登录");
        await layout.HomeLink.ClickAsync();
        await Expect(portal.Heading).ToHaveTextAsync("天津市知识产权综合服务平台");
        await Expect(layout.SwitchToEnglishButton).ToBeVisibleAsync();
    }
}
