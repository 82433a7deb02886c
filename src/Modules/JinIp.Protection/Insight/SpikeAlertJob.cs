using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Protection.Insight;

/// <summary>On one node at a time: looks for case spikes and warns the office once per week and category.</summary>
internal sealed class SpikeAlertJob(IServiceScopeFactory scopes, TimeProvider clock, InsightOptions options, ILogger<SpikeAlertJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "protection-spike-alert";

    protected override TimeSpan Interval => options.SpikeCheckInterval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<CaseInsight>().CheckAndAlertAsync(cancellationToken);
        if (sent.Count > 0)
        {
            logger.LogInformation("Sent {Count} case spike warnings", sent.Count);
        }
    }
}
