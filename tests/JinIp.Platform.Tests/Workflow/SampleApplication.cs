using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Tests.Workflow;

/// <summary>A small application type that exercises every feature of the engine.</summary>
public sealed class SampleApplication : IWorkflowSubject
{
    public Guid Id { get; set; }

    public string State { get; set; } = "";

    public int Version { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? PausedWorkingDaysLeft { get; set; }

    public required string Title { get; set; }

    public bool DeclarationSigned { get; set; }

    public string? Decision { get; set; }

    public static readonly WorkflowDefinition<SampleApplication> Definition = new(
        "sample",
        "submitted",
        ["submitted", "accepted", "correction", "registered", "rejected", "withdrawn"],
        [
            new("accept", ["submitted"], "accepted", [Roles.OfficeStaff], a => a.DeclarationSigned ? null : new GuardFailure("申请人尚未签署声明。", "The applicant has not signed the declaration."), new ClockEffect.Start(30)),
            new("request-correction", ["accepted"], "correction", [Roles.OfficeStaff], Clock: new ClockEffect.Pause(), RequiresComment: true),
            new("correct", ["correction"], "accepted", [Roles.Applicant], Clock: new ClockEffect.Restart()),
            new("register", ["accepted"], "registered", [Roles.OfficeStaff], Clock: new ClockEffect.Clear()),
            new("reject", ["accepted"], "rejected", [Roles.OfficeStaff], Clock: new ClockEffect.Clear(), RequiresComment: true),
            new("withdraw", ["submitted", "accepted", "correction"], "withdrawn", [Roles.Applicant], Clock: new ClockEffect.Clear()),
        ]);
}

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options)
{
    public DbSet<SampleApplication> Applications => Set<SampleApplication>();

    public DbSet<WorkflowHistoryEntry> History => Set<WorkflowHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleApplication>(e =>
        {
            e.ToTable("test_applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Property(a => a.State).HasMaxLength(64);
        });
        modelBuilder.MapWorkflowHistory("test_");
    }
}
