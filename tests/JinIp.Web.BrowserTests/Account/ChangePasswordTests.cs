using System.Text.RegularExpressions;
using JinIp.Web.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Account;

[Collection(BrowserCollection.Name)]
public sealed class ChangePasswordTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Too_short_new_password_re_renders_form_with_messages_beside_the_fields_in_Chinese()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login?ReturnUrl=%2FAccount%2FChangePassword");
        await new LoginPage(page).SignInAsync("applicant", JinIpWebHost.DemoPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword$"));

        var form = new ChangePasswordPage(page);
        await form.SubmitAsync(JinIpWebHost.DemoPassword, "abc12", "abc13");

        await Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword$"));
        await Expect(form.NewPassword).ToHaveAccessibleDescriptionAsync("新密码须为 12 到 200 个字符。");
        await Expect(form.ConfirmPassword).ToHaveAccessibleDescriptionAsync("两次输入的新密码不一致。");
        await Expect(form.CurrentPassword).ToHaveAccessibleDescriptionAsync("");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);

        // The password did not change: the demo password still signs in.
        var other = await fixture.NewPageAsync();
        var login = new LoginPage(other);
        await login.GotoAsync();
        await login.SignInAsync("applicant", JinIpWebHost.DemoPassword);
        await Expect(other).Not.ToHaveURLAsync(new Regex("/Account/Login"));
    }
}
