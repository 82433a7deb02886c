using System.Text.RegularExpressions;
using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Creation;

[Collection(BrowserCollection.Name)]
public sealed class CopyrightJourneyTests(BrowserFixture fixture)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task New_applicant_registers_files_is_asked_to_correct_gets_registered_and_anyone_verifies_with_masked_data()
    {
        // A new user registers as an individual applicant.
        var applicant = await fixture.NewPageAsync();
        await applicant.GotoAsync("/Account/Register");
        var form = applicant.GetByRole(AriaRole.Main).Locator("form");
        await form.GetByLabel("个人").CheckAsync();
        await form.GetByLabel("姓名或单位名称").FillAsync("陈摄影");
        await form.GetByLabel("所在区").SelectOptionAsync(new SelectOptionValue { Label = "河西区" });
        await form.GetByRole(AriaRole.Textbox, new() { Name = "用户名" }).FillAsync("chen-photo");
        await form.GetByLabel("密码", new() { Exact = true }).FillAsync("Chen-Photo-2026");
        await form.GetByLabel("确认新密码").FillAsync("Chen-Photo-2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Expect(applicant).ToHaveURLAsync(new Regex("/Creation/Copyright$"));
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("我的作品登记");

        // Files a registration with a sample; the draft is saved on upload.
        await applicant.GetByRole(AriaRole.Link, new() { Name = "新建作品登记" }).ClickAsync();
        var filing = new CopyrightFilingPage(applicant);
        await filing.Title.FillAsync("海河晨光");
        await filing.WorkType.SelectOptionAsync(new SelectOptionValue { Label = "J · 摄影作品" });
        await filing.CompletedOn.FillAsync("2020-10-01");
        await filing.CompletionPlace.FillAsync("天津市河西区");
        await filing.Authors.FillAsync("陈摄影");
        await filing.RightAcquisition.SelectOptionAsync(new SelectOptionValue { Label = "原始取得" });
        await filing.FillOwnerAsync(1, "陈摄影", "自然人", "居民身份证", "11010519491231002X", "13812345678");
        await filing.ContactPhone.FillAsync("13812345678");
        await filing.SampleFile.SetInputFilesAsync(new FilePayload { Name = "morning.png", MimeType = "image/png", Buffer = Png });
        await filing.ClickAsync("上传样本");
        await Expect(filing.Saved).ToHaveTextAsync("草稿已保存。");
        await Expect(filing.Samples).ToContainTextAsync("morning.png");
        await Expect(filing.Title).ToHaveValueAsync("海河晨光");
        await filing.Declaration.CheckAsync();
        await filing.ClickAsync("提交申请");
        var detail = new CopyrightDetailPage(applicant);
        await Expect(detail.State).ToHaveTextAsync("已提交");
        var address = applicant.Url;

        // The office accepts, reviews and asks for a correction.
        var office = await fixture.NewPageAsync();
        await office.GotoAsync("/Account/Login");
        await new LoginPage(office).SignInAsync("office", JinIpWebHost.DemoPassword);
        await office.GotoAsync("/Creation/Copyright/Queue");
        await office.GetByRole(AriaRole.Link, new() { Name = "海河晨光" }).ClickAsync();
        var review = new CopyrightDetailPage(office);
        await review.ActAsync("受理");
        await Expect(review.State).ToHaveTextAsync("已受理");
        await Expect(review.Deadlines).ToContainTextAsync("剩余 30 个工作日");
        await review.ActAsync("开始审查");
        await review.ActAsync("要求补正", "请上传完整分辨率的作品。", "需要补正的内容（必填）");
        await Expect(review.State).ToHaveTextAsync("待补正");
        await Expect(review.Deadlines).ToContainTextAsync("审查期限暂停");

        // The applicant sees the request and its deadline, and corrects.
        await applicant.GotoAsync(address);
        await Expect(detail.Deadlines).ToContainTextAsync("请上传完整分辨率的作品。");
        await Expect(detail.Deadlines).ToContainTextAsync("补正期限");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "补正申请材料" }).ClickAsync();
        await filing.Title.FillAsync("海河晨光（高清版）");
        await filing.ClickAsync("提交补正");
        await Expect(detail.State).ToHaveTextAsync("审查中");

        // The office registers it: the number appears.
        await office.ReloadAsync();
        await Expect(review.State).ToHaveTextAsync("审查中");
        await review.ActAsync("准予登记");
        await Expect(review.State).ToHaveTextAsync("已登记");
        var number = await review.Number.InnerTextAsync();
        Assert.Matches(@"^津作登字-\d{4}-J-\d{8}$", number);

        // The applicant downloads the certificate.
        await applicant.ReloadAsync();
        await Expect(detail.Number).ToHaveTextAsync(number);
        var href = await detail.Certificate.GetAttributeAsync("href");
        var pdf = await applicant.Context.APIRequest.GetAsync(href!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.True((await pdf.BodyAsync()).AsSpan().StartsWith("%PDF-"u8));

        // Anyone verifies the number; the personal ID number and phone are masked.
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/Creation/Copyright/Verify");
        await visitor.GetByRole(AriaRole.Textbox, new() { Name = "登记号" }).FillAsync(number);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToHaveTextAsync("该登记号真实有效，登记信息如下。");
        await Expect(visitor.GetByTestId("verified-number")).ToHaveTextAsync(number);
        await Expect(visitor.GetByTestId("owner")).ToContainTextAsync("陈摄影");
        await Expect(visitor.GetByTestId("owner-document")).ToHaveTextAsync("110*************2X");
        await Expect(visitor.GetByTestId("owner-phone")).ToHaveTextAsync("138****5678");
        await Expect(visitor.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("11010519491231002X");
        await Expect(visitor.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("13812345678");
    }
}
