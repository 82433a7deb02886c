using System.Text.RegularExpressions;
using JinIp.Web.BrowserTests.Hosting;
using JinIp.Web.BrowserTests.Layout;
using JinIp.Web.BrowserTests.Workbench;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Account;

[Collection(BrowserCollection.Name)]
public sealed class LoginJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_member_is_sent_to_login_fails_once_signs_in_to_workbench_and_signs_out()
    {
        var page = await fixture.NewPageAsync();
        var layout = new SiteLayout(page);
        var login = new LoginPage(page);

        // Anonymous: the workbench sends the visitor to sign in, remembering where they wanted to go.
        await page.GotoAsync("/Workbench");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2FWorkbench$"));
        await Expect(login.Heading).ToHaveTextAsync("登录");
        await Expect(login.Error).ToBeHiddenAsync();

        // A wrong password: the page comes back with the message inside the form, in Chinese.
        await login.SignInAsync("office", "Not-The-Password-1");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(login.Error).ToBeVisibleAsync();
        await Expect(login.Error).ToHaveTextAsync("用户名或密码不正确。");
        await Expect(login.UserName).ToHaveValueAsync("office");
        await Expect(login.Password).ToHaveValueAsync("");

        // The right password lands on the workbench, greeting the user by display name.
        await login.SignInAsync("office", JinIpWebHost.DemoPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Workbench$"));
        var workbench = new WorkbenchPage(page);
        await Expect(workbench.Heading).ToHaveTextAsync("工作台");
        await Expect(workbench.Main).ToContainTextAsync("市局业务员，您好（天津市知识产权局）。");
        await Expect(layout.SignOutButton).ToHaveTextAsync("退出登录 (市局业务员)");
        await Expect(layout.SignInLink).ToHaveCountAsync(0);

        // Signing out returns to the portal as an anonymous visitor; the workbench is closed again.
        await layout.SignOutAsync();
        await Expect(page).ToHaveURLAsync(fixture.Host.BaseAddress.ToString());
        await Expect(layout.SignInLink).ToBeVisibleAsync();
        await Expect(layout.SignOutButton).ToHaveCountAsync(0);
        await page.GotoAsync("/Workbench");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2FWorkbench$"));
    }

    [Fact]
    public async Task Login_with_empty_fields_shows_required_messages_beside_each_field_in_Chinese()
    {
        var page = await fixture.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();

        await login.SubmitButton.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        // Each message is tied to its field (aria-describedby), so a screen reader reads it with the field.
        await Expect(login.UserName).ToHaveAccessibleDescriptionAsync("请填写用户名。");
        await Expect(login.Password).ToHaveAccessibleDescriptionAsync("请填写密码。");
        await Expect(login.Form.GetByText("请填写用户名。")).ToBeVisibleAsync();
        await Expect(login.Form.GetByText("请填写密码。")).ToBeVisibleAsync();
    }
}
