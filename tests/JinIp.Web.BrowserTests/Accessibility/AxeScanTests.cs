using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JinIp.Web.BrowserTests.Hosting;
using JinIp.Web.BrowserTests.Layout;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Accessibility;

/// <summary>
/// axe-core on the public pages in both languages: no serious or critical finding (WCAG 2.1 A/AA and
/// best practices). Every finding, of any impact, is written to the test output so minor ones are seen too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeScanTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string, string> PublicPages => new()
    {
        { "/", "zh-CN" },
        { "/", "en" },
        { "/Account/Login", "zh-CN" },
        { "/Account/Login", "en" },
        // Registries module
        { "/Registries", "zh-CN" },
        { "/Registries/Browse/geographic-indications", "zh-CN" },
        { "/Registries/Browse/well-known-marks", "en" },
        { "/Registries/TimeHonored/Notices", "zh-CN" },
        // Protection insight: the public typical cases
        { "/Protection/TypicalCases", "zh-CN" },
        { "/Protection/TypicalCases", "en" },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_serious_or_critical_axe_violations(string path, string language)
    {
        var page = await fixture.NewPageAsync();
        var layout = new SiteLayout(page);
        await page.GotoAsync(path);
        if (language == "en")
        {
            await layout.SwitchToEnglishAsync();
        }

        await Expect(layout.Html).ToHaveAttributeAsync("lang", language);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        Report(path, language, result);
        Assert.NotEmpty(result.Passes);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).Select(v => $"{v.Impact}: {v.Id}").ToList();
        Assert.True(blocking.Count == 0, $"{path} ({language}): " + string.Join(", ", blocking));
    }

    /// <summary>Protection insight: a published typical case, reached from the public list (masked copy).</summary>
    [Fact]
    public async Task Typical_case_detail_has_no_serious_or_critical_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Protection/TypicalCases");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Main).GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 2 }).First
            .GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Protection/TypicalCases/Detail/"));
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        Report("/Protection/TypicalCases/Detail", "zh-CN", result);
        Assert.NotEmpty(result.Passes);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).Select(v => $"{v.Impact}: {v.Id}").ToList();
        Assert.True(blocking.Count == 0, "typical case detail: " + string.Join(", ", blocking));
    }

    private void Report(string path, string language, AxeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"axe {path} ({language}): {result.Violations.Length} violation(s), {result.Incomplete.Length} to review, {result.Passes.Length} rule(s) passed");
        foreach (var violation in result.Violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine(CultureInfo.InvariantCulture, $"      {node.Target}: {node.Html}");
                text.AppendLine(CultureInfo.InvariantCulture, $"        {string.Join(" | ", checks)}");
            }
        }

        foreach (var review in result.Incomplete)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  [review, {review.Impact}] {review.Id}: {review.Help}");
        }

        output.WriteLine(text.ToString());
    }
}
