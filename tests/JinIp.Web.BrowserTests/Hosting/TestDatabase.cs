using Npgsql;

namespace JinIp.Web.BrowserTests.Hosting;

/// <summary>
/// The database one test host runs on: the SQLite file in its data folder by default, or a fresh
/// PostgreSQL database when the test script has started a server (<c>JINIP_TEST_DB=postgres</c> and
/// <c>JINIP_TEST_PG</c>, a connection string without a database name).
/// </summary>
internal sealed class TestDatabase
{
    private readonly string? postgresBase;
    private readonly string? postgresName;

    private TestDatabase(string? postgresBase, string? postgresName)
    {
        this.postgresBase = postgresBase;
        this.postgresName = postgresName;
    }

    public bool IsPostgres => postgresBase is not null;

    public static TestDatabase FromEnvironment()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("JINIP_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new TestDatabase(null, null);
        }

        var connectionBase = Environment.GetEnvironmentVariable("JINIP_TEST_PG");
        if (string.IsNullOrWhiteSpace(connectionBase))
        {
            throw new InvalidOperationException("JINIP_TEST_DB=postgres needs JINIP_TEST_PG, e.g. Host=127.0.0.1;Port=5433;Username=postgres.");
        }

        // One database per host, so runs never see each other's rows; migrations create it.
        return new TestDatabase(connectionBase, "jinip_browser_" + Guid.NewGuid().ToString("N")[..12]);
    }

    /// <summary>The settings the host reads; empty for SQLite, whose file the host puts in its data folder.</summary>
    public IEnumerable<KeyValuePair<string, string>> HostSettings()
    {
        if (!IsPostgres)
        {
            yield return new("Database:Provider", "Sqlite");
            yield break;
        }

        var builder = new NpgsqlConnectionStringBuilder(postgresBase) { Database = postgresName };
        yield return new("Database:Provider", "Postgres");
        yield return new("Database:ConnectionString", builder.ConnectionString);
        yield return new("Database:MigrateOnStart", "true");
    }

    public async Task DropAsync()
    {
        if (!IsPostgres)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(postgresBase) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
