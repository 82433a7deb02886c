using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Workflow;

/// <summary>One fired transition. Each module keeps its history in its own table (<c>{prefix}workflow_history</c>).</summary>
public sealed class WorkflowHistoryEntry
{
    public long Id { get; set; }

    public required string Workflow { get; set; }

    public Guid SubjectId { get; set; }

    public required string Transition { get; set; }

    public required string FromState { get; set; }

    public required string ToState { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorName { get; set; }

    public DateTime At { get; set; }

    public string? Comment { get; set; }

    public DateOnly? DueDateAfter { get; set; }
}

public static class WorkflowModelBuilderExtensions
{
    /// <summary>Maps the transition history into the calling module's context under its table prefix.</summary>
    public static ModelBuilder MapWorkflowHistory(this ModelBuilder modelBuilder, string tablePrefix)
    {
        modelBuilder.Entity<WorkflowHistoryEntry>(e =>
        {
            e.ToTable(tablePrefix + "workflow_history");
            e.HasKey(h => h.Id);
            e.Property(h => h.Workflow).HasMaxLength(64);
            e.Property(h => h.Transition).HasMaxLength(64);
            e.Property(h => h.FromState).HasMaxLength(64);
            e.Property(h => h.ToState).HasMaxLength(64);
            e.Property(h => h.ActorName).HasMaxLength(200);
            e.Property(h => h.Comment).HasMaxLength(4000);
            e.HasIndex(h => new { h.Workflow, h.SubjectId });
        });
        return modelBuilder;
    }
}
