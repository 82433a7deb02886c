using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using MiniExcelLibs;

namespace JinIp.Web.BrowserTests.Registries;

[Collection(BrowserCollection.Name)]
public sealed class RegistriesJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_ImportsWellKnownMarksFromExcel_AndThePublicFindsOneBySearch()
    {
        var file = Path.Combine(Path.GetTempPath(), $"驰名商标-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(file, new[]
        {
            new Dictionary<string, object?> { ["商标"] = "浏览器测标", ["权利人"] = "天津浏览器测试有限公司", ["尼斯分类"] = "9；42", ["认定途径"] = "行政认定", ["认定机关"] = "国家知识产权局", ["认定日期"] = "2021-04-26" },
            new Dictionary<string, object?> { ["商标"] = "浏览器次标", ["权利人"] = "天津浏览器测试有限公司", ["尼斯分类"] = "35", ["认定途径"] = "司法认定", ["认定机关"] = "天津市第一中级人民法院", ["认定日期"] = "2021-05-10" },
        });
        try
        {
            var staff = await fixture.NewPageAsync();
            await new LoginPage(staff).GotoAsync();
            await new LoginPage(staff).SignInAsync("office", JinIpWebHost.DemoPassword);
            var manage = new RegistryPages(staff);
            await manage.GotoManageAsync("well-known-marks");
            await manage.ImportFile.SetInputFilesAsync(file);
            await manage.ImportButton.ClickAsync();
            await Assertions.Expect(manage.Status.First).ToContainTextAsync("新增 2 条");

            var visitor = await fixture.NewPageAsync();
            await visitor.GotoAsync("/Registries");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "驰名商标保护名录" }).ClickAsync();
            var list = new RegistryPages(visitor);
            await list.SearchBox.FillAsync("浏览器测标");
            await list.SearchButton.ClickAsync();
            await Assertions.Expect(visitor.GetByTestId("record-count")).ToHaveTextAsync("共 1 条");
            var row = list.Rows.Filter(new() { HasText = "浏览器测标" });
            await Assertions.Expect(row).ToContainTextAsync("天津浏览器测试有限公司");
            await Assertions.Expect(row).ToContainTextAsync("9,42");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AnApplication_IsFiledReviewedNoticedAndRecognized_ThenListedPublicly()
    {
        var evidence = Path.Combine(Path.GetTempPath(), $"老字号史料-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(evidence, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        try
        {
            var applicant = await SignedInAsync("applicant");
            var form = new TimeHonoredPages(applicant);
            await form.GotoApplyAsync();
            await form.Field("企业名称 *").FillAsync("天津浏览器老号食品有限公司");
            await form.Field("统一社会信用代码 *").FillAsync("91350100M000100Y43");
            await form.Field("品牌 *").FillAsync("浏览器老号");
            await form.Field("创立年份 *").FillAsync("1912");
            await form.Field("所在区").SelectOptionAsync(new SelectOptionValue { Label = "红桥区" });
            await form.Field("注册商标 *").FillAsync("浏览器老号（第30类）");
            await form.Field("品牌历史沿革 *").FillAsync("浏览器老号创立于1912年，百余年来坚持传统技艺，保存有历代账册、老字号牌匾和早期商标注册证等史料实物，在津门家喻户晓。");
            await form.Field("佐证材料").SetInputFilesAsync(evidence);
            await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await Assertions.Expect(form.State).ToHaveTextAsync("待形式审查");
            var url = applicant.Url;

            var office = await SignedInAsync("office");
            var officeView = new TimeHonoredPages(office);
            await office.GotoAsync(url);
            await officeView.Step("形式审查通过").ClickAsync();
            await Assertions.Expect(officeView.State).ToHaveTextAsync("专家评审中");

            var expert = await SignedInAsync("expert");
            var expertView = new TimeHonoredPages(expert);
            await expert.GotoAsync(url);
            foreach (var (criterion, points) in new[] { ("历史传承（0–25）", "23"), ("独特产品、技艺或服务（0–25）", "21"), ("地域文化特色（0–20）", "17"), ("信誉与社会认同（0–15）", "12"), ("经营状况与发展能力（0–15）", "10") })
            {
                await expertView.Field(criterion).FillAsync(points);
            }

            await expertView.Step("专家评分").ClickAsync();
            await Assertions.Expect(expertView.State).ToHaveTextAsync("已评审");
            await Assertions.Expect(expert.GetByTestId("score-total")).ToHaveTextAsync("83 / 100");

            await office.GotoAsync(url);
            await officeView.Step("发布公示").ClickAsync();
            await Assertions.Expect(officeView.State).ToHaveTextAsync("公示中");
            var visitor = await fixture.NewPageAsync();
            await visitor.GotoAsync("/Registries/TimeHonored/Notices");
            await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "浏览器老号" })).ToBeVisibleAsync();
            await Assertions.Expect(officeView.Step("认定为津门老字号")).ToHaveCountAsync(0);

            // The notice period (5 working days, longer across holidays) runs out.
            fixture.Host.Clock.Shift = TimeSpan.FromDays(20);
            office = await SignedInAsync("office");
            officeView = new TimeHonoredPages(office);
            await office.GotoAsync(url);
            await officeView.Step("认定为津门老字号").ClickAsync();
            await Assertions.Expect(officeView.State).ToHaveTextAsync("已认定");

            await visitor.GotoAsync("/Registries/Browse/time-honored-brands?q=" + Uri.EscapeDataString("浏览器老号"));
            var row = visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "天津浏览器老号食品有限公司" });
            await Assertions.Expect(row).ToContainTextAsync("浏览器老号（第30类）");
            await Assertions.Expect(row).ToContainTextAsync("1912");
        }
        finally
        {
            fixture.Host.Clock.Shift = TimeSpan.Zero;
            File.Delete(evidence);
        }
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
