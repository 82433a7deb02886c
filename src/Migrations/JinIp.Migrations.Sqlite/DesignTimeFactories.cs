using JinIp.Patents.Data;
using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JinIp.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Migrations/JinIp.Migrations.Sqlite</c> build the model for SQLite.</summary>
internal sealed class PlatformDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db", PlatformDbContext.TablePrefix);
        return new PlatformDbContext(builder.Options);
    }
}

internal sealed class PatentDbContextFactory : IDesignTimeDbContextFactory<PatentDbContext>
{
    public PatentDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PatentDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db", PatentDbContext.TablePrefix);
        return new PatentDbContext(builder.Options);
    }
}

// Creation module
internal sealed class CreationDbContextFactory : IDesignTimeDbContextFactory<JinIp.Creation.Data.CreationDbContext>
{
    public JinIp.Creation.Data.CreationDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JinIp.Creation.Data.CreationDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db", JinIp.Creation.Data.CreationDbContext.TablePrefix);
        return new JinIp.Creation.Data.CreationDbContext(builder.Options);
    }
}
