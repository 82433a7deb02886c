using System.Globalization;
using JinIp.Patents.Data;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;
using JinIp.Platform.Jobs;
using JinIp.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Patents.Searches;

/// <summary>What one alert run did.</summary>
public sealed record AlertRunResult(int NewPatents, int AlertsRun, int Hits, int Notified);

/// <summary>
/// Re-runs every saved search with its alert on against the patents stored since the last run, records the
/// matches and tells each owner. The new patents are searched in a small in-memory index of their own, so the
/// result does not depend on how far this node's main index has caught up, and is exactly what the full index
/// would answer for those documents (same analyzer, same query compiler).
/// </summary>
public sealed class PatentAlertRunner(PatentDbContext db, Notifier notifier, TimeProvider clock, ILogger<PatentAlertRunner> logger)
{
    public const int BatchSize = 5_000;

    /// <summary>Patents listed by title in one notification; the rest are on the hits page.</summary>
    private const int TitlesInMessage = 5;

    public async Task<AlertRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await db.AlertCursor.SingleAsync(c => c.Id == 1, cancellationToken);
        var alerts = await db.SavedSearches.AsNoTracking().Where(s => s.Alert && s.AlertSince != null).ToListAsync(cancellationToken);
        if (alerts.Count == 0)
        {
            // Nobody is waiting for news: skip what is there now instead of scanning it later.
            cursor.LastSequence = await db.Outbox.MaxAsync(o => (long?)o.Sequence, cancellationToken) ?? cursor.LastSequence;
            await db.SaveChangesAsync(cancellationToken);
            return new AlertRunResult(0, 0, 0, 0);
        }

        var compiled = new List<(SavedSearch Search, QueryNode Query)>();
        foreach (var alert in alerts)
        {
            try
            {
                compiled.Add((alert, QueryParser.Parse(alert.Query)));
            }
            catch (QuerySyntaxException ex)
            {
                // Saved queries were valid when saved; a grammar change must not stop everyone else's alerts.
                logger.LogWarning("Saved search {SavedSearchId} no longer parses: {Error}", alert.Id, ex.Message);
            }
        }

        var earliest = alerts.Min(a => a.AlertSince!.Value);
        var found = new Dictionary<Guid, List<(string Key, string Title)>>();
        var newPatents = 0;
        while (true)
        {
            var after = cursor.LastSequence;
            var entries = await db.Outbox.AsNoTracking()
                .Where(o => o.Sequence > after)
                .OrderBy(o => o.Sequence)
                .Take(BatchSize)
                .Select(o => new { o.Sequence, o.Key, o.IsDelete, o.CreatedAt })
                .ToListAsync(cancellationToken);
            if (entries.Count == 0)
            {
                break;
            }

            // A record is new when the outbox entry is the one written with its first insert (same timestamp).
            var candidates = entries.Where(e => !e.IsDelete && e.CreatedAt > earliest).ToList();
            var insertedAt = candidates.Select(e => (e.Key, e.CreatedAt)).ToHashSet();
            var keys = candidates.Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
            var rows = await db.Patents.AsNoTracking()
                .Where(p => keys.Contains(p.Key))
                .Select(p => new { p.Key, p.Record, p.CreatedAt })
                .ToListAsync(cancellationToken);
            var fresh = rows.Where(r => insertedAt.Contains((r.Key, r.CreatedAt))).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            if (fresh.Count > 0)
            {
                newPatents += fresh.Count;
                var createdAt = fresh.ToDictionary(r => r.Key, r => r.CreatedAt, StringComparer.Ordinal);
                var records = fresh.Select(r => PatentRecordJson.Deserialize(r.Record)).ToList();
                using var index = PatentIndex.CreateInMemory();
                index.Upsert(records);
                index.Commit();
                index.Refresh();
                var searcher = new PatentSearcher(index);
                foreach (var (search, query) in compiled)
                {
                    var result = searcher.Search(query, new SearchRequest { Limit = records.Count, SnippetLength = 0, Sort = SearchSort.ApplicationDateDescending });
                    foreach (var hit in result.Hits.Where(h => createdAt[h.Key] > search.AlertSince!.Value))
                    {
                        db.AlertHits.Add(new AlertHit { SavedSearchId = search.Id, PatentKey = hit.Key, FoundAt = now });
                        (found.TryGetValue(search.Id, out var list) ? list : found[search.Id] = []).Add((hit.Key, hit.Title));
                    }
                }
            }

            // Hits and the cursor move together: a crash replays the batch without duplicating hits.
            cursor.LastSequence = entries[^1].Sequence;
            await db.SaveChangesAsync(cancellationToken);
        }

        var notified = 0;
        foreach (var (search, _) in compiled)
        {
            if (!found.TryGetValue(search.Id, out var hits))
            {
                continue;
            }

            await db.SavedSearches.Where(s => s.Id == search.Id).ExecuteUpdateAsync(
                u => u.SetProperty(s => s.AlertHitCount, s => s.AlertHitCount + hits.Count).SetProperty(s => s.LastAlertAt, clock.GetUtcNow().UtcDateTime),
                cancellationToken);
            notified += await notifier.SendAsync([search.UserId], Message(search, hits), cancellationToken);
        }

        return new AlertRunResult(newPatents, compiled.Count, found.Values.Sum(v => v.Count), notified);
    }

    private static NotificationMessage Message(SavedSearch search, List<(string Key, string Title)> hits)
    {
        var count = hits.Count.ToString("N0", CultureInfo.InvariantCulture);
        var titles = string.Join("\n", hits.Take(TitlesInMessage).Select(h => $"· {h.Title}（{h.Key}）"));
        var more = hits.Count > TitlesInMessage;
        return new NotificationMessage(
            "patent-alert",
            $"检索提醒「{search.Name}」：{count} 件新专利",
            $"Search alert \"{search.Name}\": {count} new patents",
            $"检索式 {search.Query} 有 {count} 件新命中：\n{titles}{(more ? "\n……" : "")}",
            $"The query {search.Query} has {count} new matches:\n{titles}{(more ? "\n…" : "")}",
            $"/Patents/Saved/Hits?id={search.Id:D}");
    }
}

/// <summary>On one node at a time, every minute by default (<c>Patents:AlertIntervalSeconds</c>): runs the alerts.</summary>
public sealed class PatentAlertJob(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Configuration.IConfiguration configuration, ILogger<PatentAlertJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "patent-alerts";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, Microsoft.Extensions.Configuration.ConfigurationBinder.GetValue(configuration, "Patents:AlertIntervalSeconds", 60)));

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<PatentAlertRunner>().RunAsync(cancellationToken);
        if (result.Hits > 0)
        {
            logger.LogInformation("Patent alerts: {NewPatents} new patents, {Hits} hits, {Notified} users notified", result.NewPatents, result.Hits, result.Notified);
        }
    }
}
