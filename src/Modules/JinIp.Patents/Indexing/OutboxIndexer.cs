using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JinIp.Patents.Indexing;

/// <summary>
/// Drains the outbox into this node's index every few seconds. Every node runs it (each keeps its own index),
/// so no lease is taken; the index's committed sequence makes it resume exactly where it stopped.
/// </summary>
public sealed class OutboxIndexer(PatentIndexHost index, TimeProvider clock, ILogger<OutboxIndexer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var applied = await Task.Run(() => index.CatchUp(), stoppingToken);
                if (applied > 0)
                {
                    logger.LogInformation("Indexed {Count} patent changes up to sequence {Sequence}", applied, index.Index.CommittedSequence);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Patent indexing failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
