using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Creation.Registrations;

/// <summary>Hourly, on one node only: filings not corrected within 60 days are treated as withdrawn.</summary>
internal sealed class CorrectionLapseJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CorrectionLapseJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "copyright-correction-lapse";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var lapsed = await services.GetRequiredService<CopyrightRegistrations>().LapseExpiredCorrectionsAsync(cancellationToken);
        if (lapsed > 0)
        {
            logger.LogInformation("Closed {Count} copyright filings whose correction period ended", lapsed);
        }
    }
}
