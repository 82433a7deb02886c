using JinIp.Platform.Data;
using JinIp.Strategy.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Strategy.Tests.Supervision;

public sealed class StrategyMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void EachProvidersMigrations_MatchTheStrategyModel(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<StrategyDbContext>();
        builder.UseJinIpDatabase(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused", StrategyDbContext.TablePrefix);
        using var db = new StrategyDbContext(builder.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the strategy model: add a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
