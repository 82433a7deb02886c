using JinIp.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JinIp.Testing;

/// <summary>
/// A throwaway database for one test class: a SQLite file in a temp folder by default, or a fresh
/// database on the PostgreSQL server the test script started when <c>JINIP_TEST_DB=postgres</c>
/// (server given by <c>JINIP_TEST_PG</c>, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string folder, string? postgresName, string? postgresServer)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _postgresName = postgresName;
        _postgresServer = postgresServer;
    }

    private readonly string? _postgresName;
    private readonly string? _postgresServer;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A temp folder that lives as long as the database: use it as the data folder.</summary>
    public string Folder { get; }

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("JINIP_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jinip-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (!UsePostgres)
        {
            var sqlite = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "jinip.db"), DefaultTimeout = 30, Pooling = false }.ToString();
            return new TestDatabase(DatabaseProvider.Sqlite, sqlite, folder, null, null);
        }

        var server = Environment.GetEnvironmentVariable("JINIP_TEST_PG")
            ?? throw new InvalidOperationException("JINIP_TEST_DB=postgres needs JINIP_TEST_PG (a connection string without Database).");
        var name = "jinip_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new TestDatabase(DatabaseProvider.Postgres, $"{server};Database={name};Maximum Pool Size=20", folder, name, server);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
