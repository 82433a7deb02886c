using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Audit;

/// <summary>What a caller records; who and when are filled in by the log.</summary>
public sealed record AuditRecord(string Action, string SubjectType, string? SubjectId, object? Before = null, object? After = null)
{
    /// <summary>Overrides the current actor, e.g. for a failed login where nobody is signed in.</summary>
    public Actor? Actor { get; init; }
}

public interface IAuditLog
{
    /// <summary>
    /// Appends an entry in the transaction of <paramref name="db"/> (any module's context on the
    /// platform database), starting one if none is open. The entry commits or rolls back with the change it describes.
    /// </summary>
    Task<AuditEntry> AppendAsync(DbContext db, AuditRecord record, CancellationToken cancellationToken = default);
}

internal sealed class AuditLog(IActorAccessor actors, TimeProvider clock) : IAuditLog
{
    internal static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<AuditEntry> AppendAsync(DbContext db, AuditRecord record, CancellationToken cancellationToken = default)
    {
        var actor = record.Actor ?? actors.Current;
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            // Writing the head row first takes the write lock (SQLite) or the row lock (PostgreSQL)
            // before the head is read, so concurrent writers line up and the chain never forks.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE plat_audit_head SET \"LastSequence\" = \"LastSequence\" + 1 WHERE \"Id\" = 1", cancellationToken);
            var head = await db.Database
                .SqlQueryRaw<AuditHeadRow>("SELECT \"LastSequence\", \"LastHash\" FROM plat_audit_head WHERE \"Id\" = 1")
                .SingleAsync(cancellationToken);

            var entry = new AuditEntry
            {
                Sequence = head.LastSequence,
                At = AuditChain.ToStoredPrecision(clock.GetUtcNow().UtcDateTime),
                ActorUserId = actor.UserId,
                // The columns' limits (plat_audit_entries); a long request path in a denial must not fail the write.
                ActorName = Fit(actor.Name, 200),
                Action = record.Action,
                SubjectType = record.SubjectType,
                SubjectId = record.SubjectId is { } subject ? Fit(subject, 100) : null,
                Before = Snapshot(record.Before),
                After = Snapshot(record.After),
                IpAddress = actor.IpAddress,
                TraceId = Activity.Current?.TraceId.ToString(),
                PreviousHash = head.LastHash,
                Hash = "",
            };
            entry.Hash = AuditChain.ComputeHash(entry);

            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO plat_audit_entries ("Sequence", "At", "ActorUserId", "ActorName", "Action", "SubjectType", "SubjectId", "Before", "After", "IpAddress", "TraceId", "PreviousHash", "Hash")
                VALUES ({entry.Sequence}, {entry.At}, {entry.ActorUserId}, {entry.ActorName}, {entry.Action}, {entry.SubjectType}, {entry.SubjectId}, {entry.Before}, {entry.After}, {entry.IpAddress}, {entry.TraceId}, {entry.PreviousHash}, {entry.Hash})
                """,
                cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE plat_audit_head SET \"LastHash\" = {entry.Hash} WHERE \"Id\" = 1", cancellationToken);

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return entry;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string? Snapshot(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(value, SnapshotJson),
    };

    private sealed record AuditHeadRow(long LastSequence, string LastHash);
}
