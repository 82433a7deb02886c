using JinIp.Patents.Data;
using JinIp.Platform.Data;
using JinIp.Strategy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JinIp.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Migrations/JinIp.Migrations.Postgres</c> build the model for PostgreSQL (no server is contacted).</summary>
internal sealed class PlatformDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", PlatformDbContext.TablePrefix);
        return new PlatformDbContext(builder.Options);
    }
}

internal sealed class PatentDbContextFactory : IDesignTimeDbContextFactory<PatentDbContext>
{
    public PatentDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PatentDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", PatentDbContext.TablePrefix);
        return new PatentDbContext(builder.Options);
    }
}

// Strategy module (plan supervision)
internal sealed class StrategyDbContextFactory : IDesignTimeDbContextFactory<StrategyDbContext>
{
    public StrategyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<StrategyDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", StrategyDbContext.TablePrefix);
        return new StrategyDbContext(builder.Options);
    }
}

// Registries module
internal sealed class RegistriesDbContextFactory : IDesignTimeDbContextFactory<JinIp.Registries.Data.RegistriesDbContext>
{
    public JinIp.Registries.Data.RegistriesDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JinIp.Registries.Data.RegistriesDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", JinIp.Registries.Data.RegistriesDbContext.TablePrefix);
        return new JinIp.Registries.Data.RegistriesDbContext(builder.Options);
    }
}

// Creation module
internal sealed class CreationDbContextFactory : IDesignTimeDbContextFactory<JinIp.Creation.Data.CreationDbContext>
{
    public JinIp.Creation.Data.CreationDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JinIp.Creation.Data.CreationDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", JinIp.Creation.Data.CreationDbContext.TablePrefix);
        return new JinIp.Creation.Data.CreationDbContext(builder.Options);
    }
}

// Protection module
internal sealed class ProtectionDbContextFactory : IDesignTimeDbContextFactory<JinIp.Protection.Data.ProtectionDbContext>
{
    public JinIp.Protection.Data.ProtectionDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JinIp.Protection.Data.ProtectionDbContext>();
        builder.UseJinIpDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=jinip_design", JinIp.Protection.Data.ProtectionDbContext.TablePrefix);
        return new JinIp.Protection.Data.ProtectionDbContext(builder.Options);
    }
}
