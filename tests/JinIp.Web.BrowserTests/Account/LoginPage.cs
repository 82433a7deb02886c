namespace JinIp.Web.BrowserTests.Account;

/// <summary>The sign-in page at <c>/Account/Login</c>.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator Form => page.GetByRole(AriaRole.Main).Locator("form");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator UserName => Form.GetByRole(AriaRole.Textbox, new() { NameRegex = new("^(用户名|User name)$") });

    public ILocator Password => Form.GetByLabel(new System.Text.RegularExpressions.Regex("^(密码|Password)$"));

    public ILocator SubmitButton => Form.GetByRole(AriaRole.Button, new() { NameRegex = new("^(登录|Sign in)$") });

    /// <summary>The form-level message (wrong password, lockout), announced as an alert.</summary>
    public ILocator Error => Form.GetByRole(AriaRole.Alert);

    public Task<IResponse?> GotoAsync() => page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
