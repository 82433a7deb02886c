using JinIp.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Data;

/// <summary>Applies every module's migrations (the same for <c>jinip migrate</c> and the embedded start-up).</summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<ModuleDatabase> modules, DatabaseOptions options)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = new List<string>();
        foreach (var module in modules.DistinctBy(m => m.ContextType))
        {
            var context = (DbContext)services.GetRequiredService(module.ContextType);
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while one writer commits; it is a property of the file, set once.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            applied.AddRange(pending.Select(m => $"{module.ContextType.Name}: {m}"));
        }

        return applied;
    }
}
