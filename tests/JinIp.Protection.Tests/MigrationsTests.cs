using JinIp.Platform.Data;
using JinIp.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Tests;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void EachProvidersMigrations_MatchTheModel(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<ProtectionDbContext>();
        builder.UseJinIpDatabase(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused", ProtectionDbContext.TablePrefix);
        using var db = new ProtectionDbContext(builder.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
