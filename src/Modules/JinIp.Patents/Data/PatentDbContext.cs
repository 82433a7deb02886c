using JinIp.Patents.Searches;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Patents.Data;

/// <summary>The patents module's tables (<c>pat_</c>): the records, the index outbox and the import history.</summary>
public sealed class PatentDbContext(DbContextOptions<PatentDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "pat_";

    public DbSet<StoredPatent> Patents => Set<StoredPatent>();

    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();

    public DbSet<OutboxHead> OutboxHead => Set<OutboxHead>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportRejection> ImportRejections => Set<ImportRejection>();

    public DbSet<SearchHistoryEntry> SearchHistory => Set<SearchHistoryEntry>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<AlertHit> AlertHits => Set<AlertHit>();

    public DbSet<AlertCursor> AlertCursor => Set<AlertCursor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredPatent>(e =>
        {
            e.ToTable("pat_patents");
            e.HasKey(p => p.Key);
            e.Property(p => p.Key).HasMaxLength(32);
            e.Property(p => p.ApplicationNumber).HasMaxLength(20);
            e.Property(p => p.FirstPublicationNumber).HasMaxLength(24);
            e.Property(p => p.Title).HasMaxLength(1000);
            e.Property(p => p.ContentHash).HasMaxLength(64);
            e.HasIndex(p => p.ApplicationNumber);
            e.HasIndex(p => p.FirstPublicationNumber);
        });

        modelBuilder.Entity<OutboxEntry>(e =>
        {
            e.ToTable("pat_outbox");
            e.HasKey(o => o.Sequence);
            e.Property(o => o.Sequence).ValueGeneratedOnAdd();
            e.Property(o => o.Key).HasMaxLength(32);
        });

        modelBuilder.Entity<OutboxHead>(e =>
        {
            e.ToTable("pat_outbox_head");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.HasData(new OutboxHead { Id = 1, Writes = 0 });
        });

        modelBuilder.Entity<ImportRun>(e =>
        {
            e.ToTable("pat_import_runs");
            e.HasKey(r => r.Id);
            e.Property(r => r.FileName).HasMaxLength(260);
            e.Property(r => r.Profile).HasMaxLength(40);
            e.Property(r => r.StartedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<ImportRejection>(e =>
        {
            e.ToTable("pat_import_rejections");
            e.HasKey(r => r.Id);
            e.Property(r => r.Field).HasMaxLength(64);
            e.Property(r => r.MessageZh).HasMaxLength(1000);
            e.Property(r => r.MessageEn).HasMaxLength(1000);
            e.HasIndex(r => r.ImportRunId);
        });

        modelBuilder.Entity<SearchHistoryEntry>(e =>
        {
            e.ToTable("pat_search_history");
            e.HasKey(h => h.Id);
            e.Property(h => h.Query).HasMaxLength(SearchLimits.MaxQueryLength);
            e.Property(h => h.Expanded).HasMaxLength(SearchLimits.MaxExpandedLength);
            e.Property(h => h.Mode).HasMaxLength(16);
            e.HasIndex(h => new { h.UserId, h.Number }).IsUnique();
        });

        modelBuilder.Entity<SavedSearch>(e =>
        {
            e.ToTable("pat_saved_searches");
            e.HasKey(s => s.Id);
            e.Property(s => s.Name).HasMaxLength(SearchLimits.MaxNameLength);
            e.Property(s => s.Query).HasMaxLength(SearchLimits.MaxExpandedLength);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasIndex(s => s.UserId);
            e.HasIndex(s => s.Alert);
        });

        modelBuilder.Entity<AlertHit>(e =>
        {
            e.ToTable("pat_alert_hits");
            e.HasKey(h => h.Id);
            e.Property(h => h.PatentKey).HasMaxLength(32);
            e.HasIndex(h => new { h.SavedSearchId, h.FoundAt });
        });

        modelBuilder.Entity<AlertCursor>(e =>
        {
            e.ToTable("pat_alert_cursor");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
            e.HasData(new AlertCursor { Id = 1, LastSequence = 0 });
        });
    }
}

/// <summary>A patent as the database of record keeps it: key columns for look-ups and the full record as JSON.</summary>
public sealed class StoredPatent
{
    /// <summary>The application number, or the first publication number when there is none (<c>PatentRecord.Key</c>).</summary>
    public required string Key { get; set; }

    public string? ApplicationNumber { get; set; }

    public string? FirstPublicationNumber { get; set; }

    public required string Title { get; set; }

    /// <summary>UTF-8 JSON of the whole record (<c>PatentRecordJson</c>).</summary>
    public required byte[] Record { get; set; }

    /// <summary>SHA-256 of <see cref="Record"/>: an import that brings the same record changes nothing.</summary>
    public required string ContentHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One change for the search indexes, written in the same transaction as the change to <c>pat_patents</c>.
/// Every node drains it into its own index and remembers the last sequence it applied.
/// </summary>
public sealed class OutboxEntry
{
    public long Sequence { get; set; }

    public required string Key { get; set; }

    public bool IsDelete { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>Updated first in every writing transaction, so writers commit in sequence order and no reader skips a gap.</summary>
public sealed class OutboxHead
{
    public int Id { get; set; }

    public long Writes { get; set; }
}

public sealed class ImportRun
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required string Profile { get; set; }

    public required string StartedBy { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public int Rows { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }
}

public sealed class ImportRejection
{
    public long Id { get; set; }

    public Guid ImportRunId { get; set; }

    public int Line { get; set; }

    public required string Field { get; set; }

    public required string MessageZh { get; set; }

    public required string MessageEn { get; set; }
}
