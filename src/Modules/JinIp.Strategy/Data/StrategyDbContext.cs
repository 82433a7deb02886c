using Microsoft.EntityFrameworkCore;

namespace JinIp.Strategy.Data;

/// <summary>The strategy module's tables (<c>strat_</c>): plans, their items and measures (tasks), reports, notices, reminders, assessments.</summary>
public sealed class StrategyDbContext(DbContextOptions<StrategyDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "strat_";

    internal DbSet<StoredPlan> Plans => Set<StoredPlan>();

    internal DbSet<PlanDraft> Drafts => Set<PlanDraft>();

    internal DbSet<StoredPart> Parts => Set<StoredPart>();

    internal DbSet<StoredItem> Items => Set<StoredItem>();

    internal DbSet<ItemUnit> ItemUnits => Set<ItemUnit>();

    internal DbSet<StoredTarget> Targets => Set<StoredTarget>();

    internal DbSet<StoredTask> Tasks => Set<StoredTask>();

    internal DbSet<Milestone> Milestones => Set<Milestone>();

    internal DbSet<ProgressReport> Reports => Set<ProgressReport>();

    internal DbSet<ReportFigure> ReportFigures => Set<ReportFigure>();

    internal DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();

    internal DbSet<SupervisionNotice> Notices => Set<SupervisionNotice>();

    internal DbSet<Reminder> Reminders => Set<Reminder>();

    internal DbSet<UnitAssessment> UnitAssessments => Set<UnitAssessment>();

    internal DbSet<Indicator> Indicators => Set<Indicator>();

    internal DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredPlan>(e =>
        {
            e.ToTable("strat_plans");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.Year).IsUnique();
            e.Property(p => p.Title).HasMaxLength(300);
            e.Property(p => p.SourceFileName).HasMaxLength(260);
            e.Property(p => p.ImportedBy).HasMaxLength(200);
            e.Property(p => p.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<PlanDraft>(e =>
        {
            e.ToTable("strat_drafts");
            e.HasKey(d => d.Id);
            e.Property(d => d.FileName).HasMaxLength(260);
            e.Property(d => d.CreatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<StoredPart>(e =>
        {
            e.ToTable("strat_parts");
            e.HasKey(p => p.Id);
            e.Property(p => p.Numeral).HasMaxLength(10);
            e.Property(p => p.Title).HasMaxLength(500);
            e.HasIndex(p => new { p.PlanId, p.Sequence });
        });

        modelBuilder.Entity<StoredItem>(e =>
        {
            e.ToTable("strat_items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Numeral).HasMaxLength(10);
            e.Property(i => i.Headline).HasMaxLength(500);
            e.Property(i => i.ContentHash).HasMaxLength(64);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => new { i.PlanId, i.Number });
            e.HasIndex(i => i.LeadOrganizationId);
        });

        modelBuilder.Entity<ItemUnit>(e =>
        {
            e.ToTable("strat_item_units");
            e.HasKey(u => new { u.ItemId, u.OrganizationId });
            e.HasIndex(u => u.OrganizationId);
        });

        modelBuilder.Entity<StoredTarget>(e =>
        {
            e.ToTable("strat_targets");
            e.HasKey(t => t.Id);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Minimum).HasPrecision(18, 4);
            e.Property(t => t.Maximum).HasPrecision(18, 4);
            e.Property(t => t.Unit).HasMaxLength(20);
            e.Property(t => t.Subject).HasMaxLength(200);
            e.Property(t => t.Text).HasMaxLength(1000);
            e.HasIndex(t => t.ItemId);
        });

        modelBuilder.Entity<StoredTask>(e =>
        {
            e.ToTable("strat_tasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.Label).HasMaxLength(20);
            e.Property(t => t.ContentHash).HasMaxLength(64);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.PostponeReason).HasMaxLength(1000);
            e.Property(t => t.Version).IsConcurrencyToken();
            e.HasIndex(t => t.ItemId);
            e.HasIndex(t => t.Deadline);
        });

        modelBuilder.Entity<Milestone>(e =>
        {
            e.ToTable("strat_milestones");
            e.HasKey(m => new { m.TaskId, m.Quarter });
        });

        modelBuilder.Entity<ProgressReport>(e =>
        {
            e.ToTable("strat_reports");
            e.HasKey(r => r.Id);
            e.Property(r => r.AuthorName).HasMaxLength(200);
            e.Property(r => r.Text).HasMaxLength(4000);
            e.HasIndex(r => new { r.TaskId, r.ReportedAt });
        });

        modelBuilder.Entity<ReportFigure>(e =>
        {
            e.ToTable("strat_report_figures");
            e.HasKey(f => new { f.ReportId, f.TargetId });
            e.Property(f => f.Value).HasPrecision(18, 4);
        });

        modelBuilder.Entity<ReportAttachment>(e =>
        {
            e.ToTable("strat_report_attachments");
            e.HasKey(a => new { a.ReportId, a.AttachmentId });
            e.Property(a => a.FileName).HasMaxLength(200);
        });

        modelBuilder.Entity<SupervisionNotice>(e =>
        {
            e.ToTable("strat_notices");
            e.HasKey(n => n.Id);
            e.Property(n => n.Text).HasMaxLength(2000);
            e.Property(n => n.Answer).HasMaxLength(4000);
            e.Property(n => n.SentBy).HasMaxLength(200);
            e.Property(n => n.AnsweredBy).HasMaxLength(200);
            e.HasIndex(n => n.OrganizationId);
            e.HasIndex(n => n.TaskId);
        });

        modelBuilder.Entity<Reminder>(e =>
        {
            e.ToTable("strat_reminders");
            e.HasKey(r => r.Id);
            e.Property(r => r.Kind).HasMaxLength(20);
            e.HasIndex(r => new { r.TaskId, r.OrganizationId, r.Kind, r.Deadline }).IsUnique();
            e.HasIndex(r => r.OrganizationId);
            e.HasIndex(r => r.NotifiedAt);
        });

        modelBuilder.Entity<UnitAssessment>(e =>
        {
            e.ToTable("strat_unit_assessments");
            e.HasKey(a => new { a.ItemId, a.OrganizationId });
            e.Property(a => a.SelfScore).HasPrecision(6, 2);
            e.Property(a => a.OfficeScore).HasPrecision(6, 2);
            e.Property(a => a.SelfComment).HasMaxLength(2000);
            e.Property(a => a.OfficeComment).HasMaxLength(2000);
        });

        modelBuilder.Entity<Indicator>(e =>
        {
            e.ToTable("strat_indicators");
            e.HasKey(i => i.Id);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Unit).HasMaxLength(40);
            e.Property(i => i.Weight).HasPrecision(8, 2);
            e.Property(i => i.Target).HasPrecision(18, 4);
            e.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Source).HasMaxLength(60);
            e.HasIndex(i => i.Year);
        });

        modelBuilder.Entity<IndicatorValue>(e =>
        {
            e.ToTable("strat_indicator_values");
            e.HasKey(v => new { v.IndicatorId, v.DistrictCode });
            e.Property(v => v.DistrictCode).HasMaxLength(6);
            e.Property(v => v.Value).HasPrecision(18, 4);
            e.Property(v => v.Note).HasMaxLength(1000);
            e.Property(v => v.ReportedBy).HasMaxLength(200);
        });
    }
}

/// <summary>The committed plan of one year.</summary>
internal sealed class StoredPlan
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    public required string Preamble { get; set; }

    public required string SourceFileName { get; set; }

    public DateTime ImportedAt { get; set; }

    public required string ImportedBy { get; set; }

    /// <summary>How many times the plan was (re-)committed.</summary>
    public int Revision { get; set; }

    public int Version { get; set; }
}

/// <summary>An uploaded, parsed and possibly corrected plan waiting to be committed; the draft is JSON (<see cref="Plans.DraftPlan"/>).</summary>
internal sealed class PlanDraft
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    public required string FileName { get; set; }

    public required string Json { get; set; }

    public required string WarningsJson { get; set; }

    public Guid CreatedByUserId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class StoredPart
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public int Sequence { get; set; }

    public required string Numeral { get; set; }

    public required string Title { get; set; }
}

/// <summary>A work point; its lead unit and co-units are in <see cref="ItemUnit"/>.</summary>
internal sealed class StoredItem
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public Guid PartId { get; set; }

    public int Number { get; set; }

    public required string Numeral { get; set; }

    public required string Headline { get; set; }

    public required string Body { get; set; }

    /// <summary>SHA-256 of headline, body and measures: a re-import with the same hash leaves the item and its progress alone.</summary>
    public required string ContentHash { get; set; }

    public Guid? LeadOrganizationId { get; set; }

    /// <summary>True once staff confirmed the units (a suggestion is only a proposal).</summary>
    public bool UnitsConfirmed { get; set; }

    /// <summary>Dropped by a later import; kept with its history, hidden from lists.</summary>
    public bool Withdrawn { get; set; }

    public int Version { get; set; }
}

internal sealed class ItemUnit
{
    public Guid ItemId { get; set; }

    public Guid OrganizationId { get; set; }

    public bool IsLead { get; set; }
}

internal sealed class StoredTarget
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    public int Sequence { get; set; }

    public PlanImport.TargetKind Kind { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public string? Unit { get; set; }

    public required string Subject { get; set; }

    public required string Text { get; set; }
}

/// <summary>A measure of an item, supervised as a task.</summary>
internal sealed class StoredTask
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    public int Sequence { get; set; }

    public string? Label { get; set; }

    public required string Text { get; set; }

    public required string ContentHash { get; set; }

    public DateOnly Deadline { get; set; }

    public TaskStatus Status { get; set; }

    public int Percent { get; set; }

    public string? PostponeReason { get; set; }

    public DateOnly? PostponedTo { get; set; }

    public DateTime? LastReportAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public bool Withdrawn { get; set; }

    public int Version { get; set; }
}

/// <summary>The share of the task expected done by the end of a quarter.</summary>
internal sealed class Milestone
{
    public Guid TaskId { get; set; }

    public int Quarter { get; set; }

    public DateOnly DueDate { get; set; }

    public int ExpectedPercent { get; set; }
}

internal sealed class ProgressReport
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid OrganizationId { get; set; }

    public Guid AuthorUserId { get; set; }

    public required string AuthorName { get; set; }

    public required string Text { get; set; }

    public int Percent { get; set; }

    public bool Done { get; set; }

    public DateTime ReportedAt { get; set; }
}

internal sealed class ReportFigure
{
    public Guid ReportId { get; set; }

    public Guid TargetId { get; set; }

    public decimal Value { get; set; }
}

internal sealed class ReportAttachment
{
    public Guid ReportId { get; set; }

    public Guid AttachmentId { get; set; }

    public required string FileName { get; set; }
}

/// <summary>督办: a notice from the office that the unit must answer.</summary>
internal sealed class SupervisionNotice
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string Text { get; set; }

    public DateTime SentAt { get; set; }

    public required string SentBy { get; set; }

    /// <summary>Who sent it, to be told of the answer.</summary>
    public Guid? SentByUserId { get; set; }

    public DateOnly AnswerDue { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }
}

/// <summary>A reminder produced by the background job: deadline near (<c>due-soon</c>) or passed (<c>overdue</c>); one per task, unit, kind and deadline.</summary>
internal sealed class Reminder
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string Kind { get; set; }

    public DateOnly Deadline { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the unit's users were told through the platform inbox; null until then.</summary>
    public DateTime? NotifiedAt { get; set; }
}

internal sealed class UnitAssessment
{
    public Guid ItemId { get; set; }

    public Guid OrganizationId { get; set; }

    public decimal? SelfScore { get; set; }

    public string? SelfComment { get; set; }

    public decimal? OfficeScore { get; set; }

    public string? OfficeComment { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A district assessment indicator of a year.</summary>
internal sealed class Indicator
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    public decimal Weight { get; set; }

    public IndicatorDirection Direction { get; set; }

    public decimal Target { get; set; }

    /// <summary><c>reported</c>, or the key of a computed source such as <c>valid-invention-patents-per-10k</c>.</summary>
    public required string Source { get; set; }
}

internal sealed class IndicatorValue
{
    public Guid IndicatorId { get; set; }

    public required string DistrictCode { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    public required string ReportedBy { get; set; }

    public DateTime ReportedAt { get; set; }
}

/// <summary>The status a unit or the office sets; <c>behind</c> is derived from dates and progress (see <see cref="Supervision.TaskRules"/>).</summary>
public enum TaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Postponed,
}

/// <summary>Whether more is better (patents per 10,000 people) or less (case handling days).</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
