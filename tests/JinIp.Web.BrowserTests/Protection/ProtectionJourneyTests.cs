using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using JinIp.Web.BrowserTests.Layout;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Protection;

/// <summary>
/// A complaint from a citizen to a criminal referral: staff open a case from it, triage it, mediate without
/// success, decide with a penalty above the prosecution threshold (the alert shows), refer it to public security,
/// which accepts it; the procuratorate sees the referral and the citizen follows the status by receipt number.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProtectionJourneyTests(BrowserFixture fixture)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Citizen_complains_staff_decide_and_refer_police_accept_procuratorate_supervises_citizen_follows()
    {
        // A citizen reports anonymously, with a photo as evidence.
        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "知识产权侵权投诉举报" }).ClickAsync();
        var form = citizen.GetByRole(AriaRole.Main).Locator("form");
        await form.GetByLabel("权利类型").SelectOptionAsync(new SelectOptionValue { Label = "商标" });
        await form.GetByLabel("专利号/注册号").FillAsync("第20261125号");
        await form.GetByLabel("被投诉人（侵权人）").FillAsync("天津市浏览器旅程商贸有限公司");
        await form.GetByLabel("所在区").SelectOptionAsync(new SelectOptionValue { Label = "南开区" });
        await form.GetByLabel("网络平台").FillAsync("淘宝");
        await form.GetByLabel("侵权情况描述").FillAsync("该网店大量销售假冒我司注册商标的运动鞋，附购买页面截图。");
        await form.GetByLabel("证据材料").SetInputFilesAsync(new FilePayload { Name = "购买截图.png", MimeType = "image/png", Buffer = Png });
        await form.GetByLabel("匿名举报").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交投诉举报" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("投诉举报已受理");
        var receipt = await citizen.GetByTestId("receipt-number").InnerTextAsync();
        var code = await citizen.GetByTestId("access-code").InnerTextAsync();

        // Office staff find it in the queue and open a case from it.
        var office = await SignInAsync("office");
        await office.GotoAsync("/Protection/Complaints");
        await office.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await Expect(office.GetByTestId("duplicates")).ToBeVisibleAsync();
        var open = office.GetByRole(AriaRole.Region, new() { Name = "立案" });
        await open.GetByLabel("案件类型").SelectOptionAsync(new SelectOptionValue { Label = "商标侵权" });
        await open.GetByRole(AriaRole.Button, new() { Name = "立案", Exact = true }).ClickAsync();
        await Expect(office.GetByTestId("case-state")).ToHaveTextAsync("已立案");
        await Expect(office.GetByTestId("case-files")).ToContainTextAsync("购买截图.png");
        await Expect(office.GetByTestId("triage")).ToContainTextAsync("简易");

        // Triage: the office moves it to the complex track, with a reason.
        await office.GetByText("调整繁简分流").ClickAsync();
        var triage = office.Locator("form[action*='handler=Triage']");
        await triage.GetByLabel("繁简分流").SelectOptionAsync(new SelectOptionValue { Label = "复杂" });
        await triage.GetByLabel("理由").FillAsync("涉及多个网店，需协查");
        await triage.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(office.GetByTestId("triage")).ToContainTextAsync("复杂");
        await Expect(office.GetByTestId("triage")).ToContainTextAsync("涉及多个网店");

        // Investigate, mediate, mediation fails.
        await ActAsync(office, "开始调查");
        await Expect(office.GetByTestId("case-state")).ToHaveTextAsync("调查取证");
        await ActAsync(office, "组织调解");
        await Expect(office.GetByTestId("case-state")).ToHaveTextAsync("调解中");
        await ActAsync(office, "调解不成", "被投诉人拒绝赔偿");
        await Expect(office.GetByTestId("case-state")).ToHaveTextAsync("审理中");

        // Decide with a penalty; the amounts cross the threshold and the alert shows.
        var decide = office.GetByRole(AriaRole.Region, new() { Name = "作出决定" });
        await decide.GetByLabel("决定内容").FillAsync("没收侵权商品，罚款 24 万元。");
        await decide.GetByLabel("非法经营额").FillAsync("80000");
        await decide.GetByLabel("违法所得").FillAsync("20000");
        await decide.GetByLabel("罚款").FillAsync("240000");
        await decide.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
        await Expect(office.GetByTestId("case-state")).ToHaveTextAsync("已作出决定");
        await Expect(office.GetByTestId("threshold-alert")).ToContainTextAsync("假冒注册商标罪");
        var caseNumber = await office.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

        // Refer to public security.
        var refer = office.GetByRole(AriaRole.Region, new() { Name = "移送公安机关（行刑衔接）" });
        await refer.GetByLabel("移送理由（涉嫌犯罪的事实）").FillAsync("非法经营额 8 万元，达到假冒注册商标罪立案追诉标准。");
        await refer.GetByRole(AriaRole.Button, new() { Name = "移送公安机关（行刑衔接）" }).ClickAsync();
        await Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已移送公安机关。");

        // Public security reads the evidence package and accepts.
        var police = await SignInAsync("police");
        await police.GotoAsync("/Protection/Referrals");
        await police.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        await Expect(police.GetByTestId("evidence-package")).ToContainTextAsync("购买截图.png");
        var evidence = await police.GetByRole(AriaRole.Link, new() { Name = "购买截图.png" }).GetAttributeAsync("href");
        var file = await police.Context.APIRequest.GetAsync(evidence!);
        Assert.Equal(200, file.Status);
        Assert.Equal("image/png", file.Headers["content-type"]);
        await police.GetByLabel("公安立案文号（可选）").FillAsync("津公经立字〔2026〕88号");
        await police.GetByRole(AriaRole.Button, new() { Name = "受理（立案）" }).ClickAsync();
        await Expect(police.GetByTestId("referral-status")).ToContainTextAsync("已立案受理");

        // The procuratorate sees the referral and its outcome.
        var procurator = await SignInAsync("procurator");
        await procurator.GotoAsync("/Protection/Referrals");
        await Expect(procurator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("行刑衔接监督");
        var row = procurator.GetByRole(AriaRole.Row).Filter(new() { HasText = caseNumber });
        await Expect(row).ToContainTextAsync("已立案受理");

        // The citizen follows the status by receipt number and code.
        await citizen.GotoAsync("/Protection/Status");
        await citizen.GetByLabel("受理编号").FillAsync(receipt);
        await citizen.GetByLabel("查询码").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(citizen.GetByTestId("complaint-status")).ToHaveTextAsync("已立案，办理中");
        await Expect(citizen.GetByRole(AriaRole.Main)).ToContainTextAsync(caseNumber);
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(user, JinIpWebHost.DemoPassword);
        return page;
    }

    private static async Task ActAsync(IPage page, string action, string? comment = null)
    {
        var card = page.GetByRole(AriaRole.Region, new() { Name = action });
        if (comment is not null)
        {
            await card.GetByLabel("意见（可选，部分操作必填）").FillAsync(comment);
        }

        await card.GetByRole(AriaRole.Button, new() { Name = action }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(action);
    }
}

/// <summary>The protection pages in both languages: no serious or critical axe finding.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProtectionAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string?, string, string> Pages => new()
    {
        { "/Protection/Complaints/New", null, "zh-CN", "知识产权侵权投诉举报" },
        { "/Protection/Complaints/New", null, "en", "Report an IP infringement" },
        { "/Protection/Status", null, "zh-CN", "投诉举报进度查询" },
        { "/Protection/Status", null, "en", "Follow a complaint" },
        { "/Protection/Complaints", "office", "zh-CN", "投诉举报受理" },
        { "/Protection/Cases", "office", "zh-CN", "案件办理" },
        { "/Protection/Cases", "nankai", "en", "Cases" },
        { "/Protection/Cases/New", "office", "zh-CN", "立案" },
        { "/Protection/Referrals", "procurator", "zh-CN", "行刑衔接监督" },
        { "/Protection/Referrals", "police", "en", "Referrals to public security" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Protection_page_has_no_serious_or_critical_axe_violations(string path, string? user, string language, string heading)
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
        await AssertNoBlockingAsync(page, path, language);
    }

    [Fact]
    public async Task A_case_detail_page_has_no_serious_or_critical_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync("office", JinIpWebHost.DemoPassword);
        await page.GotoAsync("/Protection/Cases");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^津知保") }).First.ClickAsync();
        await Expect(page.GetByTestId("case-state")).ToBeVisibleAsync();
        await AssertNoBlockingAsync(page, page.Url, "zh-CN");
    }

    private static async Task AssertNoBlockingAsync(IPage page, string path, string language)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact}: {v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        Assert.True(blocking.Count == 0, $"{path} ({language}): " + string.Join("; ", blocking));
    }
}
