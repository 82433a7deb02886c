using JinIp.Web.BrowserTests.Account;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Hosting;

[Collection(BrowserCollection.Name)]
public sealed class SecurityHeadersTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    public async Task Page_is_served_with_a_strict_content_security_policy_and_nosniff(string path)
    {
        var page = await fixture.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        var response = await page.GotoAsync(path);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var headers = await response.AllHeadersAsync();
        var policy = Assert.Contains("content-security-policy", headers);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains(directives, d => d.StartsWith("script-src ", StringComparison.Ordinal) && !d.Contains("'unsafe-inline'", StringComparison.Ordinal));
        Assert.Equal("nosniff", Assert.Contains("x-content-type-options", headers));
        Assert.Equal("DENY", Assert.Contains("x-frame-options", headers));

        // The policy does not break the page: our own stylesheet applies (the navy navbar) and the
        // browser refuses nothing.
        await Expect(page.GetByRole(AriaRole.Navigation).First).ToHaveCSSAsync("background-color", "rgb(11, 58, 110)");
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_form_carries_an_antiforgery_token()
    {
        var page = await fixture.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();

        var token = login.Form.Locator("input[name='__RequestVerificationToken']");
        await Expect(token).ToHaveCountAsync(1);
        Assert.False(string.IsNullOrEmpty(await token.GetAttributeAsync("value")));
    }
}
