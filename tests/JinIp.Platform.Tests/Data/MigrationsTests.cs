using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Data;

public sealed class MigrationsTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void EachProvidersMigrations_MatchTheModel(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        builder.UseJinIpDatabase(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused", PlatformDbContext.TablePrefix);
        using var db = new PlatformDbContext(builder.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task MigratedDatabase_HasNoPendingMigrationsAndSeedsDemoDataOnce()
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        var first = await demo.EnsureAsync();
        var second = await demo.EnsureAsync();
        Assert.True(first.Count is 0 or 11);
        Assert.Empty(second);
        Assert.Equal(16, await db.Organizations.CountAsync(o => o.Type == OrganizationType.DistrictOffice));
        Assert.Equal(11, await db.Users.CountAsync());
    }

    [Fact]
    public void ChineseCollation_SortsByPinyin()
    {
        string[] names = ["西青区", "和平区", "北辰区", "滨海新区", "东丽区"];
        Assert.Equal(["北辰区", "滨海新区", "东丽区", "和平区", "西青区"], names.Order(ChineseCollation.Comparer));
    }
}
