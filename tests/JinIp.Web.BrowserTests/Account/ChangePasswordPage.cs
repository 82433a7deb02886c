using System.Text.RegularExpressions;

namespace JinIp.Web.BrowserTests.Account;

/// <summary>The change-password page at <c>/Account/ChangePassword</c>.</summary>
public sealed class ChangePasswordPage(IPage page)
{
    private ILocator Form => page.GetByRole(AriaRole.Main).Locator("form");

    public ILocator CurrentPassword => Form.GetByLabel(new Regex("^(当前密码|Current password)$"));

    public ILocator NewPassword => Form.GetByLabel(new Regex("^(新密码|New password)$"));

    public ILocator ConfirmPassword => Form.GetByLabel(new Regex("^(确认新密码|Confirm the new password)$"));

    public ILocator SaveButton => Form.GetByRole(AriaRole.Button, new() { NameRegex = new("^(保存|Save)$") });

    public Task<IResponse?> GotoAsync() => page.GotoAsync("/Account/ChangePassword");

    public async Task SubmitAsync(string current, string newPassword, string confirm)
    {
        await CurrentPassword.FillAsync(current);
        await NewPassword.FillAsync(newPassword);
        await ConfirmPassword.FillAsync(confirm);
        await SaveButton.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
