using JinIp.Platform.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (Sqlite by default, or Postgres) and <c>Database:ConnectionString</c>.
/// Without a connection string SQLite uses <c>jinip.db</c> in the data folder.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string ResolveConnectionString(PlatformPaths paths) => Provider switch
    {
        DatabaseProvider.Sqlite => ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = paths.SqliteFile,
            // Writers wait for each other instead of failing at once.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString(),
        DatabaseProvider.Postgres => ConnectionString
            ?? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is not set."),
        _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
    };
}

public static class DatabaseConfiguration
{
    public const string SqliteMigrationsAssembly = "JinIp.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "JinIp.Migrations.Postgres";

    /// <summary>
    /// Configures a module's context for the chosen provider: its migrations live in the provider's
    /// migrations assembly, and its history table carries the module prefix so modules migrate independently.
    /// </summary>
    public static DbContextOptionsBuilder UseJinIpDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string tablePrefix)
    {
        var historyTable = tablePrefix + "ef_migrations";
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable(historyTable)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).MigrationsHistoryTable(historyTable)),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
    }
}
