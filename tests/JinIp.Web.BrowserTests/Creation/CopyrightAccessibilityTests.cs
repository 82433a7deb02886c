using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using JinIp.Web.BrowserTests.Layout;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Creation;

/// <summary>The copyright pages in both languages: no serious or critical axe finding, and English text when switched.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyrightAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string?, string, string> Pages => new()
    {
        { "/Account/Register", null, "zh-CN", "注册申请人账户" },
        { "/Account/Register", null, "en", "Register as an applicant" },
        { "/Creation/Copyright/Verify?number=津作登字-2021-A-99999999", null, "zh-CN", "作品登记证书核验" },
        { "/Creation/Copyright/Notices", null, "en", "Copyright registration notices" },
        { "/Creation/Copyright/Edit", "applicant", "zh-CN", "作品登记申请" },
        { "/Creation/Copyright/Edit", "applicant", "en", "Copyright registration form" },
        { "/Creation/Copyright/Queue", "office", "zh-CN", "作品登记审查" },
        { "/Creation/Copyright/Statistics", "office", "en", "Copyright registration statistics" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Copyright_page_has_no_serious_or_critical_axe_violations(string path, string? user, string language, string heading)
    {
        var page = await fixture.NewPageAsync();
        var layout = new SiteLayout(page);
        if (user is not null)
        {
            await page.GotoAsync("/Account/Login");
            await new LoginPage(page).SignInAsync(user, JinIpWebHost.DemoPassword);
        }

        await page.GotoAsync(path);
        if (language == "en")
        {
            await layout.SwitchToEnglishAsync();
        }

        await Expect(layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact}: {v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        Assert.True(blocking.Count == 0, $"{path} ({language}): " + string.Join("; ", blocking));
    }
}
