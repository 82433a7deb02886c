using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Identity;

public sealed class AccessTokenServiceTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IAsyncLifetime
{
    private Actor _owner = null!;

    public async Task InitializeAsync()
    {
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "applicant");
        _owner = new Actor(user.Id, "applicant", user.OrganizationId, null, new HashSet<string> { Roles.Applicant });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreatedToken_AuthenticatesUntilRevoked()
    {
        await using var scope = fixture.Scope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        var created = await tokens.CreateAsync(_owner, "  报表脚本 ", 30);

        Assert.StartsWith(AccessTokenService.TokenPrefix, created.Token, StringComparison.Ordinal);
        Assert.Equal("报表脚本", created.Record.Name);
        Assert.NotEqual(created.Token, created.Record.TokenHash);
        Assert.Equal("applicant", (await tokens.ValidateAsync(created.Token))!.UserName);

        await tokens.RevokeAsync(_owner, created.Record.Id);
        Assert.Null(await tokens.ValidateAsync(created.Token));
    }

    [Fact]
    public async Task ExpiredToken_IsRefused()
    {
        await using var scope = fixture.Scope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        var created = await tokens.CreateAsync(_owner, "short", 1);
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Null(await tokens.ValidateAsync(created.Token));
    }

    [Fact]
    public async Task UnknownOrMalformedToken_IsRefused()
    {
        await using var scope = fixture.Scope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        Assert.Null(await tokens.ValidateAsync("jinip_doesnotexist"));
        Assert.Null(await tokens.ValidateAsync("not-a-token"));
    }

    [Fact]
    public async Task Create_ValidatesNameAndLifetime()
    {
        await using var scope = fixture.Scope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        var error = await Assert.ThrowsAsync<ValidationException>(() => tokens.CreateAsync(_owner, "", 0));
        Assert.Equal(["lifetimeDays", "name"], error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnotherUsersToken_CannotBeRevoked()
    {
        await using var scope = fixture.Scope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        var created = await tokens.CreateAsync(_owner, "mine", 10);
        var stranger = new Actor(Guid.NewGuid(), "x", Guid.NewGuid(), null, new HashSet<string> { Roles.Applicant });
        await Assert.ThrowsAsync<NotFoundException>(() => tokens.RevokeAsync(stranger, created.Record.Id));
        Assert.NotNull(await tokens.ValidateAsync(created.Token));
    }
}
