using System.Diagnostics;
using JinIp.Patents.Data;
using JinIp.PatentSearch.Import;
using JinIp.PatentSearch.Records;
using JinIp.Platform.Audit;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents.Import;

public sealed record ImportProgress(int Rows, int Rejected, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

public sealed record ImportSummary(Guid RunId, string Profile, int Rows, UpsertCounts Counts, IReadOnlyList<ImportIssue> Rejections, TimeSpan Elapsed);

/// <summary>
/// <c>jinip patents import FILE</c>: reads CSV, JSON Lines or Excel through a column profile, keeps the rejected
/// rows with their reasons, and upserts the rest in batches (one transaction each, outbox included).
/// Re-running the same file changes nothing; a run killed half-way and run again ends where one clean run ends.
/// </summary>
public sealed class PatentImporter(PatentStore store, PatentDbContext db, IAuditLog audit, IActorAccessor actors, TimeProvider clock)
{
    public const int BatchSize = 1_000;

    public async Task<ImportSummary> ImportAsync(string path, ImportProfile? profile = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        profile ??= ImportProfile.ForFile(path);
        var watch = Stopwatch.StartNew();
        var run = new ImportRun
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(path),
            Profile = profile.Name,
            StartedBy = actors.Current.Name,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var rejections = new List<ImportIssue>();
        var counts = UpsertCounts.None;
        var batch = new List<PatentRecord>(BatchSize);
        var rows = 0;
        foreach (var row in PatentFileReader.Read(path, profile))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            if (row.IsRejected)
            {
                rejections.AddRange(row.Issues.Where(i => i.Rejects).DefaultIfEmpty(new ImportIssue(row.Line, "row", "该行无法导入。", "The row could not be imported.", true)));
            }
            else
            {
                batch.Add(row.Record!);
            }

            if (batch.Count == BatchSize)
            {
                counts = counts.Add(await store.UpsertAsync(batch, cancellationToken));
                batch.Clear();
                progress?.Report(new ImportProgress(rows, rejections.Count, watch.Elapsed));
            }
        }

        counts = counts.Add(await store.UpsertAsync(batch, cancellationToken));
        progress?.Report(new ImportProgress(rows, rejections.Count, watch.Elapsed));

        db.ChangeTracker.Clear();
        db.ImportRejections.AddRange(rejections.Select(r => new ImportRejection
        {
            ImportRunId = run.Id,
            Line = r.Line,
            Field = r.Field,
            MessageZh = Truncate(r.MessageZh),
            MessageEn = Truncate(r.MessageEn),
        }));
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.Rows = rows;
        run.Inserted = counts.Inserted;
        run.Updated = counts.Updated;
        run.Unchanged = counts.Unchanged;
        run.Rejected = rejections.Select(r => r.Line).Distinct().Count();
        db.ImportRuns.Update(run);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(db, new AuditRecord("patents.import", "import-run", run.Id.ToString("D"), After: new { run.FileName, run.Profile, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Rejected }), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportSummary(run.Id, profile.Name, rows, counts, rejections, watch.Elapsed);
    }

    /// <summary>Stores generated records (the synthetic corpus) through the same path as an import.</summary>
    public async Task<UpsertCounts> StoreAsync(IEnumerable<PatentRecord> records, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var counts = UpsertCounts.None;
        var rows = 0;
        foreach (var chunk in records.Chunk(BatchSize))
        {
            counts = counts.Add(await store.UpsertAsync(chunk, cancellationToken));
            rows += chunk.Length;
            progress?.Report(new ImportProgress(rows, 0, watch.Elapsed));
        }

        await audit.AppendAsync(db, new AuditRecord("patents.generate", "patents", null, After: new { Rows = rows, counts.Inserted, counts.Updated, counts.Unchanged }), cancellationToken);
        return counts;
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
