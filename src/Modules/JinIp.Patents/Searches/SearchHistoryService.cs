using JinIp.Patents.Data;
using JinIp.PatentSearch.Querying;
using JinIp.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents.Searches;

public static class SearchLimits
{
    public const int MaxQueryLength = 2_000;

    /// <summary>An expanded query can be longer than anything typed: <c>#1 AND #2</c> stands for both queries.</summary>
    public const int MaxExpandedLength = 8_000;

    public const int MaxNameLength = 100;

    /// <summary>History entries kept per user; older ones are dropped, their numbers never reused.</summary>
    public const int HistoryKept = 500;

    public const int MaxSavedSearchesPerUser = 100;
}

/// <summary>
/// A user's numbered search history. Each new search gets the next number; repeating the last search (paging,
/// filters, sorting) does not. <c>#n</c> in a later query resolves to entry n's expanded query.
/// </summary>
public sealed class SearchHistoryService(PatentDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Resolves <c>#n</c> against the user's history (loaded once per call).</summary>
    public async Task<Func<int, QueryNode?>> ResolverAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var entries = await db.SearchHistory.AsNoTracking()
            .Where(h => h.UserId == userId && h.Expanded != "")
            .Select(h => new { h.Number, h.Expanded })
            .ToDictionaryAsync(h => h.Number, h => h.Expanded, cancellationToken);
        var parsed = new Dictionary<int, QueryNode>();
        return number =>
        {
            if (parsed.TryGetValue(number, out var node))
            {
                return node;
            }

            if (!entries.TryGetValue(number, out var text))
            {
                return null;
            }

            node = QueryParser.Parse(text);
            parsed[number] = node;
            return node;
        };
    }

    /// <summary>
    /// Records a search that ran; returns its number. The query must already have compiled (so its references resolve).
    /// </summary>
    public async Task<int> RecordAsync(Guid userId, QueryNode query, string mode, int totalHits, Func<int, QueryNode?> resolver, CancellationToken cancellationToken = default)
    {
        var text = query.ToString();
        var expanded = HistoryExpansion.Expand(query, resolver).ToString();
        if (text.Length > SearchLimits.MaxQueryLength || expanded.Length > SearchLimits.MaxExpandedLength)
        {
            // Too long to keep: the search still ran, it just gets no number.
            return 0;
        }

        var last = await db.SearchHistory.AsNoTracking()
            .Where(h => h.UserId == userId)
            .OrderByDescending(h => h.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is not null && last.Query == text)
        {
            return last.Number;
        }

        var number = (last?.Number ?? 0) + 1;
        db.SearchHistory.Add(new SearchHistoryEntry
        {
            UserId = userId,
            Number = number,
            Query = text,
            Expanded = expanded,
            Mode = mode,
            TotalHits = totalHits,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same user searched in two tabs at once and the other took this number: keep theirs, skip ours.
            db.ChangeTracker.Clear();
            return 0;
        }

        if (number > SearchLimits.HistoryKept)
        {
            var oldest = number - SearchLimits.HistoryKept;
            await db.SearchHistory.Where(h => h.UserId == userId && h.Number <= oldest).ExecuteDeleteAsync(cancellationToken);
        }

        return number;
    }

    /// <summary>The user's history, newest first.</summary>
    public async Task<IReadOnlyList<SearchHistoryEntry>> ListAsync(Guid userId, int take, CancellationToken cancellationToken = default) =>
        await db.SearchHistory.AsNoTracking()
            .Where(h => h.UserId == userId && h.Query != "")
            .OrderByDescending(h => h.Number)
            .Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Clears the user's history. Numbering continues after the last number, so an old <c>#n</c> copied
    /// somewhere never silently means a different search.
    /// </summary>
    public async Task<int> ClearAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var last = await db.SearchHistory.Where(h => h.UserId == userId).OrderByDescending(h => h.Number).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.SearchHistory.Where(h => h.UserId == userId && h.Number < last.Number).ExecuteDeleteAsync(cancellationToken);

        // The last row stays as the numbering mark, emptied of its query.
        last.Query = "";
        last.Expanded = "";
        last.TotalHits = 0;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("patent-search.history-clear", "search-history", userId.ToString("D"), After: new { Removed = removed + 1 }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed + 1;
    }
}
