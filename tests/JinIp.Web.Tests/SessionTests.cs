using System.Net;

namespace JinIp.Web.Tests;

/// <summary>Lockout, password change ending other sessions, idle and absolute session limits. Own host: these tests move its clock.</summary>
public sealed class SessionTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var client = factory.Anonymous();
        for (var i = 1; i <= 5; i++)
        {
            var failed = await JinIpWebFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "expert", ["Input.Password"] = "wrong-password-123" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains(i < 5 ? "用户名或密码不正确" : "账户已暂时锁定", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var locked = await JinIpWebFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "expert", ["Input.Password"] = JinIpWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("账户已暂时锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessionsButKeepsThisOne()
    {
        var laptop = await factory.SignedInAsync("applicant2");
        var phone = await factory.SignedInAsync("applicant2");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/Account/Tokens")).StatusCode);

        const string newPassword = "Xiqing-New-Material-2026";
        var changed = await JinIpWebFactory.PostFormAsync(laptop, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = JinIpWebFactory.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/Account/Tokens")).StatusCode);
        var refused = await phone.GetAsync("/Account/Tokens");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await factory.SignedInAsync("applicant2", newPassword);
    }

    [Fact]
    public async Task WeakNewPassword_IsRefusedBesideTheField()
    {
        var client = await factory.SignedInAsync("court");
        var response = await JinIpWebFactory.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = JinIpWebFactory.Password,
            ["Input.NewPassword"] = "aaaaaaaaaaaa",
            ["Input.ConfirmPassword"] = "aaaaaaaaaaaa",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码至少需要包含一个数字", html, StringComparison.Ordinal);
        Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleSession_EndsAfterThirtyMinutes()
    {
        var client = await factory.SignedInAsync("nankai");
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Workbench")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/Workbench");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/Account/Login", expired.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActiveSession_EndsAtTheAbsoluteLimitOfEightHours()
    {
        var client = await factory.SignedInAsync("binhai");
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(7.5); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Workbench")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        var ended = await client.GetAsync("/Workbench");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Account/Login", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

/// <summary>A host whose login form allows three attempts a minute per address.</summary>
public sealed class StrictLoginFactory : JinIpWebFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:LoginAttemptsPerMinute"] = "3" };
}

public sealed class LoginRateLimitTests(StrictLoginFactory factory) : IClassFixture<StrictLoginFactory>
{
    [Fact]
    public async Task FourthAttemptInAMinute_Is429WithRetryAfter()
    {
        var client = factory.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            var response = await JinIpWebFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "office", ["Input.Password"] = "not-the-password-1" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var limited = await JinIpWebFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "office", ["Input.Password"] = JinIpWebFactory.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        Assert.Contains("请求过于频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Viewing the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
