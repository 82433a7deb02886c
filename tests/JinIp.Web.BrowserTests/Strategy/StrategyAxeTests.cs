using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;

namespace JinIp.Web.BrowserTests.Strategy;

/// <summary>axe-core on the strategy pages staff use most: no serious or critical finding.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StrategyAxeTests(BrowserFixture fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task ImportPreview_Plan_Dashboard_AndTask_HaveNoSeriousOrCriticalAxeViolations()
    {
        var page = await fixture.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync("office", JinIpWebHost.DemoPassword);

        var import = new PlanImportPage(page);
        await import.GotoAsync();
        await ScanAsync(page, "import");
        await import.Document.SetInputFilesAsync(JinIp.Testing.SharedData.Path("seed/2021-tianjin-ip-work-points.txt"));
        await import.UploadButton.ClickAsync();
        await Assertions.Expect(import.Counts).ToContainTextAsync("34 项工作");
        await ScanAsync(page, "preview");
        await import.CommitButton.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("年度工作要点");
        await ScanAsync(page, "plan");

        await page.GotoAsync("/Strategy/Dashboard");
        await Assertions.Expect(page.Locator("#chart-items canvas")).ToHaveCountAsync(1);
        await ScanAsync(page, "dashboard");

        await page.GotoAsync("/Strategy/Tasks");
        await page.GetByTestId("task-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "发送督办通知" })).ToBeVisibleAsync();
        await ScanAsync(page, "task");
    }

    private static async Task ScanAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        Assert.NotEmpty(result.Passes);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal))
            .Select(v => $"{v.Impact}: {v.Id} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(blocking.Count == 0, $"{name}: " + string.Join("\n", blocking));
    }
}
