using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Strategy.Supervision;

/// <summary>Hourly, on one node only (a job lease): reminders to units before and after their tasks' deadlines.</summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "strategy-reminders";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var created = await services.GetRequiredService<SupervisionService>().ProduceRemindersAsync(cancellationToken);
        if (created > 0)
        {
            logger.LogInformation("Produced {Count} strategy reminders", created);
        }
    }
}
