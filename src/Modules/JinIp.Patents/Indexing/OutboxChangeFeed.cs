using JinIp.Patents.Data;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents.Indexing;

/// <summary>
/// Reads the outbox after a sequence, with each key's current record from <c>pat_patents</c>: a key whose row
/// is gone is a delete. Applying changes in order and committing the last sequence with the index makes the
/// index converge on the database, however often a range is replayed.
/// </summary>
internal sealed class OutboxChangeFeed(Func<PatentDbContext> contexts) : IPatentChangeFeed
{
    public IReadOnlyList<PatentChange> ReadAfter(long afterSequence, int max)
    {
        using var db = contexts();
        var entries = db.Outbox.AsNoTracking()
            .Where(o => o.Sequence > afterSequence)
            .OrderBy(o => o.Sequence)
            .Take(max)
            .ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var keys = entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
        var rows = db.Patents.AsNoTracking().Where(p => keys.Contains(p.Key)).Select(p => new { p.Key, p.Record }).ToList()
            .ToDictionary(p => p.Key, p => p.Record, StringComparer.Ordinal);
        return entries
            .Select(e => new PatentChange(e.Sequence, e.Key, rows.TryGetValue(e.Key, out var json) ? PatentRecordJson.Deserialize(json) : null))
            .ToList();
    }
}
