using JinIp.Protection.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.TypicalCases;

/// <summary>
/// A closed case chosen by staff as a typical case (典型案例). What the public reads is the masked copy made at
/// publication (<see cref="PublishedTitle"/>, <see cref="PublishedSummary"/>, <see cref="PublishedParties"/>); the
/// staff's own text is never served to the public.
/// </summary>
internal sealed class TypicalCase
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string CaseNumber { get; set; }

    public CaseType CaseType { get; set; }

    public RightType RightType { get; set; }

    public string? DistrictCode { get; set; }

    public Guid HandlingOrganizationId { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string? Significance { get; set; }

    public bool Published { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? PublishedTitle { get; set; }

    public string? PublishedSummary { get; set; }

    public string? PublishedSignificance { get; set; }

    /// <summary>The parties as published, masked, one per line ("请求人：张某").</summary>
    public string? PublishedParties { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public int Version { get; set; }
}

internal sealed class TypicalCaseConfiguration : IEntityTypeConfiguration<TypicalCase>
{
    public void Configure(EntityTypeBuilder<TypicalCase> e)
    {
        e.ToTable("prot_typical_cases");
        e.HasKey(t => t.Id);
        e.Property(t => t.Version).IsConcurrencyToken();
        e.HasIndex(t => t.CaseId).IsUnique();
        e.Property(t => t.CaseNumber).HasMaxLength(40);
        e.Property(t => t.CaseType).HasConversion<string>().HasMaxLength(40);
        e.Property(t => t.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(t => t.DistrictCode).HasMaxLength(6);
        e.Property(t => t.Title).HasMaxLength(200);
        e.Property(t => t.Summary).HasMaxLength(8000);
        e.Property(t => t.Significance).HasMaxLength(2000);
        e.Property(t => t.PublishedTitle).HasMaxLength(200);
        e.Property(t => t.PublishedSummary).HasMaxLength(8000);
        e.Property(t => t.PublishedSignificance).HasMaxLength(2000);
        e.Property(t => t.PublishedParties).HasMaxLength(2000);
        e.Property(t => t.CreatedBy).HasMaxLength(200);
        e.HasIndex(t => new { t.Published, t.PublishedAt });
    }
}
