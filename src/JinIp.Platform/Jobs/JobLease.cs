using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JinIp.Platform.Jobs;

/// <summary>Who runs a background job until when. Several web nodes share one table, so a job runs on one node at a time.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}

public sealed class JobLeaseService(PlatformDbContext db, TimeProvider clock)
{
    /// <summary>A name for this process, unique across nodes.</summary>
    public static readonly string ProcessHolder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// Takes or renews the lease if it is free, expired or already ours. A single conditional
    /// UPDATE decides, so two nodes asking at once cannot both win.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var updated = await db.Database.ExecuteSqlAsync(
            $"UPDATE plat_job_leases SET \"Holder\" = {holder}, \"ExpiresAt\" = {until} WHERE \"Name\" = {job} AND (\"ExpiresAt\" < {now} OR \"Holder\" = {holder})",
            cancellationToken);
        if (updated == 1)
        {
            return true;
        }

        if (await db.JobLeases.AsNoTracking().AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        try
        {
            db.JobLeases.Add(new JobLease { Name = job, Holder = holder, ExpiresAt = until });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The other node inserted the row first: it holds the lease.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync(
            $"UPDATE plat_job_leases SET \"ExpiresAt\" = {DateTime.UnixEpoch} WHERE \"Name\" = {job} AND \"Holder\" = {holder}",
            cancellationToken);
}

/// <summary>
/// A recurring job that runs only on the node holding its lease. Subclasses do one round of work in
/// <see cref="RunOnceAsync"/> with their own scope.
/// </summary>
public abstract class LeasedJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The holder name this instance uses; one per process, or one per simulated node in tests.</summary>
    protected virtual string Holder => JobLeaseService.ProcessHolder;

    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeaseService>();
                if (await leases.TryAcquireAsync(Name, Holder, Interval * 2, stoppingToken))
                {
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Background job {Job} failed; it will run again in {Interval}", Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
