using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JinIp.Web.Hosting;

/// <summary>Ready means the database answers a query on a platform table within a second.</summary>
internal sealed class DatabaseHealthCheck(PlatformDbContext db, DatabaseOptions options, JinIp.Platform.Hosting.PlatformPaths paths) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite && options.ConnectionString is null && !File.Exists(paths.SqliteFile))
        {
            return HealthCheckResult.Unhealthy("The SQLite database file is missing.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await db.AuditHead.AsNoTracking().Select(h => h.LastSequence).FirstAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex is OperationCanceledException ? null : ex);
        }
    }
}
