using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Platform.Identity;

/// <summary>Hourly, on one node only: removes access tokens that expired or were revoked over 90 days ago.</summary>
public sealed class AccessTokenCleanupJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AccessTokenCleanupJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(90);

    protected override string Name => "access-token-cleanup";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var deleted = await services.GetRequiredService<AccessTokenService>().PurgeAsync(KeepFor, cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Removed {Count} stale access tokens", deleted);
        }
    }
}
