using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Insight;

/// <summary>One early warning sent: a category's cases in a week rose above its baseline. Unique per week and category, so nobody is told twice.</summary>
internal sealed class SpikeAlert
{
    public Guid Id { get; set; }

    /// <summary>The Monday of the week (Beijing time).</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary><c>RightType</c> or <c>ProductCategory</c>.</summary>
    public required string Dimension { get; set; }

    public required string Category { get; set; }

    public int Count { get; set; }

    public double Baseline { get; set; }

    public double Factor { get; set; }

    public DateTime AlertedAt { get; set; }

    public int Recipients { get; set; }
}

internal sealed class SpikeAlertConfiguration : IEntityTypeConfiguration<SpikeAlert>
{
    public void Configure(EntityTypeBuilder<SpikeAlert> e)
    {
        e.ToTable("prot_spike_alerts");
        e.HasKey(a => a.Id);
        e.Property(a => a.Dimension).HasMaxLength(32);
        e.Property(a => a.Category).HasMaxLength(100);
        e.HasIndex(a => new { a.WeekStart, a.Dimension, a.Category }).IsUnique();
    }
}
