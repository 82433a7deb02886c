using System.Security.Cryptography;
using JinIp.Patents.Data;
using JinIp.PatentSearch.Records;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents;

public sealed record UpsertCounts(int Inserted, int Updated, int Unchanged)
{
    public static readonly UpsertCounts None = new(0, 0, 0);

    public UpsertCounts Add(UpsertCounts other) => new(Inserted + other.Inserted, Updated + other.Updated, Unchanged + other.Unchanged);
}

/// <summary>
/// Writes patents to the database of record. Each batch is one transaction that also writes the outbox
/// rows for the indexes, so a crash leaves either both or neither; running the same batch again changes nothing.
/// </summary>
public sealed class PatentStore(PatentDbContext db, TimeProvider clock)
{
    public async Task<UpsertCounts> UpsertAsync(IReadOnlyList<PatentRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return UpsertCounts.None;
        }

        // The last occurrence of a key in one batch wins, as it would across batches.
        var byKey = new Dictionary<string, PatentRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            byKey[record.Key] = record;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE pat_outbox_head SET \"Writes\" = \"Writes\" + 1 WHERE \"Id\" = 1", cancellationToken);

        var keys = byKey.Keys.ToList();
        var publicationNumbers = byKey.Values.Where(r => r.ApplicationNumber is null).Select(r => r.Key).ToList();
        var existing = await db.Patents
            .Where(p => keys.Contains(p.Key) || (p.FirstPublicationNumber != null && publicationNumbers.Contains(p.FirstPublicationNumber)))
            .ToListAsync(cancellationToken);
        var byStoredKey = existing.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var byPublication = existing.Where(p => p.FirstPublicationNumber is not null)
            .GroupBy(p => p.FirstPublicationNumber!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (key, record) in byKey)
        {
            var json = PatentRecordJson.Serialize(record);
            var hash = Convert.ToHexStringLower(SHA256.HashData(json));
            // A record known only by its publication number matches the stored one with that number.
            var stored = byStoredKey.GetValueOrDefault(key) ?? (record.ApplicationNumber is null ? byPublication.GetValueOrDefault(key) : null);
            if (stored is null)
            {
                db.Patents.Add(new StoredPatent
                {
                    Key = key,
                    ApplicationNumber = record.ApplicationNumber?.ToString(),
                    FirstPublicationNumber = record.Publications.Count > 0 ? record.Publications[0].Number.ToString() : null,
                    Title = Truncate(record.Title, 1000),
                    Record = json,
                    ContentHash = hash,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
                db.Outbox.Add(new OutboxEntry { Key = key, CreatedAt = now });
                inserted++;
            }
            else if (!string.Equals(stored.ContentHash, hash, StringComparison.Ordinal))
            {
                stored.Title = Truncate(record.Title, 1000);
                stored.Record = json;
                stored.ContentHash = hash;
                stored.UpdatedAt = now;
                db.Outbox.Add(new OutboxEntry { Key = stored.Key, CreatedAt = now });
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new UpsertCounts(inserted, updated, unchanged);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE pat_outbox_head SET \"Writes\" = \"Writes\" + 1 WHERE \"Id\" = 1", cancellationToken);
        var removed = await db.Patents.Where(p => p.Key == key).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            db.Outbox.Add(new OutboxEntry { Key = key, IsDelete = true, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return removed > 0;
    }

    public async Task<PatentRecord?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        var stored = await db.Patents.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        return stored is null ? null : PatentRecordJson.Deserialize(stored.Record);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
