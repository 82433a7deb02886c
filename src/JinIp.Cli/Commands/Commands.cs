using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Cli;

/// <summary>
/// The <c>jinip</c> commands. Each returns a process exit code: 0 success, 1 a finding (such as a
/// broken audit chain), 2 a usage error.
/// </summary>
internal static class Commands
{
    private const string Usage = """
        jinip [--data-dir DIR] COMMAND

        Commands:
          migrate            apply all database migrations
          seed-demo          create the demo organizations and accounts (prints new accounts once)
          audit verify       check the audit log's hash chain; exit 1 and name the first broken entry
          patents import FILE [--profile default|kppatent|cn-title-ipc|cn-g06f-cpc]
                             import CSV, JSON Lines or Excel; re-running changes nothing
          patents generate [--count N] [--seed S] [--out FILE.jsonl]
                             a deterministic synthetic corpus, into the database or a file
          search "QUERY" [--json] [--sort date|relevance] [--limit N]
                             command search on the patent index (--limit 0: the count alone)
          index rebuild      rebuild the patent index from the database
          index catch-up     apply pending database changes to the patent index
          plan parse FILE [--format json|text]
                             parse a plan document (.txt or .docx) without touching the database;
                             exit 1 if it is not a plan
          plan import FILE [--year Y] [--dry-run]
                             store the document as the plan of year Y (default: the year in its title);
                             a re-import prints the items added, removed and changed and keeps
                             progress on unchanged items; --dry-run prints that diff only
          help               show this text

        The data folder is --data-dir DIR, else $JINIP_DATA_DIR, else ./data.
        Database: JINIP_Database__Provider=Postgres and JINIP_Database__ConnectionString=… select PostgreSQL.
        """;

    public static async Task<int> RunAsync(string? dataDirectory, string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        switch (args)
        {
            case [] or ["help"] or ["--help"] or ["-h"]:
                await output.WriteLineAsync(Usage);
                return args.Length == 0 ? 2 : 0;
            case ["migrate"]:
                return await WithServices(dataDirectory, settings, async services =>
                {
                    var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                    await output.WriteLineAsync(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s):\n  " + string.Join("\n  ", applied));
                    return 0;
                });
            case ["seed-demo"]:
                return await WithServices(dataDirectory, settings, async services =>
                {
                    await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                    var created = await services.GetRequiredService<DemoData>().EnsureAsync();
                    await services.GetRequiredService<JinIp.Registries.DemoRegistries>().EnsureAsync(); // Registries module
                    foreach (var account in created)
                    {
                        await output.WriteLineAsync($"{account.UserName}\t{account.Password}\t{account.Role}\t{account.Organization}");
                    }

                    await output.WriteLineAsync(created.Count == 0 ? "Demo data already present." : $"Created {created.Count} demo account(s); passwords are shown only now.");
                    return 0;
                });
            case ["audit", "verify"]:
                return await WithServices(dataDirectory, settings, async services =>
                {
                    var result = await AuditVerifier.VerifyAsync(services.GetRequiredService<PlatformDbContext>());
                    if (result.Break is { } broken)
                    {
                        await output.WriteLineAsync($"BROKEN at entry {broken.Sequence}: {broken.Reason} / 第 {broken.Sequence} 条处断裂：{broken.ReasonZh}");
                        return 1;
                    }

                    await output.WriteLineAsync($"OK: {result.Entries} entries, chain intact.");
                    return 0;
                });
            case ["patents", "import", var file, .. var importOptions]:
                return await WithServices(dataDirectory, settings, services => PatentCommands.ImportAsync(services, file, importOptions, output, error), migrateFirst: true);
            case ["patents", "generate", .. var generateOptions]:
                return await WithServices(dataDirectory, settings, services => PatentCommands.GenerateAsync(services, generateOptions, output, error), migrateFirst: true);
            case ["search", var query, .. var searchOptions]:
                return await WithServices(dataDirectory, settings, services => PatentCommands.SearchAsync(services, query, searchOptions, output, error), migrateFirst: true);
            case ["index", var verb and ("rebuild" or "catch-up")]:
                return await WithServices(dataDirectory, settings, services => PatentCommands.IndexAsync(services, verb, output, error), migrateFirst: true);
            case ["plan", "import", var file, .. var importPlanOptions]:
                return await WithServices(dataDirectory, settings, services => PlanCommands.ImportAsync(services, file, importPlanOptions, output, error), migrateFirst: true);
            case ["plan", "parse", var file, ..]:
                return await PlanCommands.ParseAsync(file, args[3..], output, error);
            default:
                await error.WriteLineAsync($"Unknown command: {string.Join(' ', args)}\n");
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> WithServices(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings, Func<IServiceProvider, Task<int>> run, bool migrateFirst = false)
    {
        using var host = CliHost.Build(dataDirectory, settings);
        await using var scope = host.Services.CreateAsyncScope();
        if (migrateFirst)
        {
            // The embedded default migrates on first use, as the web host does at start.
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        return await run(scope.ServiceProvider);
    }
}
