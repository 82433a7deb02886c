using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;

namespace JinIp.Web.BrowserTests.Strategy;

[Collection(BrowserCollection.Name)]
public sealed class PlanSupervisionJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OfficeImportsTheSeedPlan_AssignsALeadUnit_CourtReports_AndTheDashboardChanges()
    {
        var office = await SignedInAsync("office");

        // Upload → preview with 6 parts and 34 items → commit.
        var import = new PlanImportPage(office);
        await import.GotoAsync();
        await import.Document.SetInputFilesAsync(JinIp.Testing.SharedData.Path("seed/2021-tianjin-ip-work-points.txt"));
        await import.UploadButton.ClickAsync();
        await Assertions.Expect(import.Counts).ToContainTextAsync("6 个部分，34 项工作");
        await Assertions.Expect(import.Items).ToHaveCountAsync(34);
        await import.CommitButton.ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("年度工作要点");
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveCountAsync(6);

        // Assign the court as lead unit of item (一).
        await office.GetByRole(AriaRole.Link, new() { NameRegex = new("^（一）制定实施知识产权") }).ClickAsync();
        var item = new PlanItemPage(office);
        await item.LeadChooser.SelectOptionAsync(new SelectOptionValue { Label = "天津市高级人民法院" });
        await item.ConfirmButton.ClickAsync();
        await Assertions.Expect(item.LeadUnit).ToHaveTextAsync("天津市高级人民法院");

        await office.GotoAsync("/Strategy/Dashboard");
        await Assertions.Expect(office.Locator("#chart-parts canvas")).ToHaveCountAsync(1);
        var before = await office.GetByTestId("dash-item-1").TextContentAsync();
        Assert.Equal("0%", before);

        // The court signs in, sees its task and files a report.
        var court = await SignedInAsync("court");
        await court.GotoAsync("/Strategy/Tasks");
        await Assertions.Expect(court.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("本单位任务");
        await court.GetByTestId("task-row").Filter(new() { HasText = "（一）" }).First.GetByRole(AriaRole.Link).ClickAsync();
        var task = new TaskPage(court);
        await task.ReportText.FillAsync("已完成“十四五”知识产权规划初稿，征求意见中。");
        await task.Percent.FillAsync("60");
        await task.SubmitButton.ClickAsync();
        await Assertions.Expect(task.Confirmation).ToHaveTextAsync("进展已报送。");
        await Assertions.Expect(task.Progress).ToContainTextAsync("60%");

        // The office's dashboard shows the change.
        await office.ReloadAsync();
        var after = await office.GetByTestId("dash-item-1").TextContentAsync();
        Assert.NotEqual(before, after);
        Assert.EndsWith("%", after, StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInAsync(string user)
    {
        var page = await fixture.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(user, JinIpWebHost.DemoPassword);
        return page;
    }
}
