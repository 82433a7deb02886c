using JinIp.Patents.Data;
using JinIp.PatentSearch.Querying;
using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents.Searches;

/// <summary>A patent found by an alert, with what the hit list shows.</summary>
public sealed record AlertHitView(string PatentKey, string Title, DateTime FoundAt);

/// <summary>Saved searches and their alerts; a user sees and changes only their own.</summary>
public sealed class SavedSearchService(PatentDbContext db, SearchHistoryService history, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.SavedSearches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);

    /// <summary>Saves a query (history references expanded, so the saved search stands alone).</summary>
    public async Task<SavedSearch> CreateAsync(Guid userId, string name, string query, bool alert, CancellationToken cancellationToken = default)
    {
        var trimmedName = (name ?? "").Trim();
        if (trimmedName.Length is 0 or > SearchLimits.MaxNameLength)
        {
            throw new ValidationException("name", "请填写名称（最多 100 个字符）。", "Enter a name (at most 100 characters).");
        }

        if (string.IsNullOrWhiteSpace(query) || query.Length > SearchLimits.MaxQueryLength)
        {
            throw new ValidationException("query", "请填写检索式（最多 2000 个字符）。", "Enter a query (at most 2,000 characters).");
        }

        // A syntax error or an unknown #n surfaces as QuerySyntaxException with its position.
        var expanded = HistoryExpansion.Expand(QueryParser.Parse(query), await history.ResolverAsync(userId, cancellationToken)).ToString();
        if (expanded.Length > SearchLimits.MaxExpandedLength)
        {
            throw new ValidationException("query", "展开检索历史后的检索式过长（最多 8000 个字符）。", "The query is too long once its history references are expanded (at most 8,000 characters).");
        }

        if (await db.SavedSearches.CountAsync(s => s.UserId == userId, cancellationToken) >= SearchLimits.MaxSavedSearchesPerUser)
        {
            throw new ConflictException("最多保存 100 个检索式，请先删除不再需要的。", "You can keep at most 100 saved searches; delete some you no longer need first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var saved = new SavedSearch
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = trimmedName,
            Query = expanded,
            Alert = alert,
            AlertSince = alert ? now : null,
            CreatedAt = now,
            Version = 1,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("patent-search.saved-search-create", "saved-search", saved.Id.ToString("D"), After: new { saved.Name, saved.Query, saved.Alert }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Renames a saved search or switches its alert; <paramref name="version"/> must be the one the caller saw.</summary>
    public async Task<SavedSearch> UpdateAsync(Guid userId, Guid id, string? name, bool? alert, int version, CancellationToken cancellationToken = default)
    {
        var saved = await FindOwnAsync(userId, id, cancellationToken);
        if (saved.Version != version)
        {
            throw new ConflictException("该检索式已被修改，请刷新后重试。", "The saved search changed meanwhile; reload it and try again.");
        }

        var before = new { saved.Name, saved.Alert };
        if (name is not null)
        {
            var trimmed = name.Trim();
            if (trimmed.Length is 0 or > SearchLimits.MaxNameLength)
            {
                throw new ValidationException("name", "请填写名称（最多 100 个字符）。", "Enter a name (at most 100 characters).");
            }

            saved.Name = trimmed;
        }

        if (alert is { } on && on != saved.Alert)
        {
            saved.Alert = on;
            saved.AlertSince = on ? clock.GetUtcNow().UtcDateTime : null;
        }

        saved.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("该检索式已被修改，请刷新后重试。", "The saved search changed meanwhile; reload it and try again.");
        }

        await audit.AppendAsync(db, new AuditRecord("patent-search.saved-search-update", "saved-search", id.ToString("D"), Before: before, After: new { saved.Name, saved.Alert }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task DeleteAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var saved = await FindOwnAsync(userId, id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AlertHits.Where(h => h.SavedSearchId == id).ExecuteDeleteAsync(cancellationToken);
        db.SavedSearches.Remove(saved);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("patent-search.saved-search-delete", "saved-search", id.ToString("D"), Before: new { saved.Name, saved.Query, saved.Alert }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The saved search, if it is the user's; another user's is "not found", so ids cannot be probed.</summary>
    public async Task<SavedSearch> FindOwnAsync(Guid userId, Guid id, CancellationToken cancellationToken = default) =>
        await db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("检索式不存在。", "The saved search does not exist.");

    /// <summary>What the alert found, newest first, with titles from the database of record.</summary>
    public async Task<IReadOnlyList<AlertHitView>> HitsAsync(Guid userId, Guid id, int take, CancellationToken cancellationToken = default)
    {
        await FindOwnAsync(userId, id, cancellationToken);
        var hits = await db.AlertHits.AsNoTracking()
            .Where(h => h.SavedSearchId == id)
            .OrderByDescending(h => h.FoundAt).ThenBy(h => h.PatentKey)
            .Take(take)
            .ToListAsync(cancellationToken);
        var keys = hits.Select(h => h.PatentKey).Distinct(StringComparer.Ordinal).ToList();
        var titles = await db.Patents.AsNoTracking().Where(p => keys.Contains(p.Key)).Select(p => new { p.Key, p.Title })
            .ToDictionaryAsync(p => p.Key, p => p.Title, StringComparer.Ordinal, cancellationToken);
        return hits.Select(h => new AlertHitView(h.PatentKey, titles.GetValueOrDefault(h.PatentKey) ?? "", h.FoundAt)).ToList();
    }
}
