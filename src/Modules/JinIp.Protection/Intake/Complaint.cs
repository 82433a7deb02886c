using JinIp.Protection.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Intake;

public enum ComplaintStatus
{
    /// <summary>已收到.</summary>
    Received,

    /// <summary>核查中.</summary>
    UnderReview,

    /// <summary>已立案.</summary>
    CaseOpened,

    /// <summary>不予立案.</summary>
    NotAccepted,

    /// <summary>已办结 (the case opened from it is closed).</summary>
    Closed,
}

/// <summary>
/// A complaint or report (投诉举报) filed on the public form, anonymous or signed. The complainant follows it
/// with <see cref="ReceiptNumber"/> and the access code given once at filing (stored only as a hash).
/// </summary>
internal sealed class Complaint
{
    public Guid Id { get; set; }

    public required string ReceiptNumber { get; set; }

    /// <summary>SHA-256 of the access code; the code itself is shown once to the complainant.</summary>
    public required string AccessCodeHash { get; set; }

    public RightType RightType { get; set; }

    /// <summary>Patent / registration number, as typed (normalized for matching in <see cref="RightNumberKey"/>).</summary>
    public string? RightNumber { get; set; }

    public string? RightNumberKey { get; set; }

    public string? ProductCategory { get; set; }

    public required string InfringerName { get; set; }

    /// <summary>The infringer's name normalized for matching (<see cref="JinIp.Protection.Cases.Matching.InfringerKey"/>).</summary>
    public required string InfringerKey { get; set; }

    /// <summary>Tianjin district code (6 digits) where the infringement happens, if offline.</summary>
    public string? DistrictCode { get; set; }

    public string? Address { get; set; }

    public string? PlatformName { get; set; }

    public string? PlatformUrl { get; set; }

    public required string Description { get; set; }

    public bool Anonymous { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The signed-in user who filed it (null when filed without signing in).</summary>
    public Guid? SubmittedByUserId { get; set; }

    public Guid? SubmittedByOrganizationId { get; set; }

    public DateTime SubmittedAt { get; set; }

    public ComplaintStatus Status { get; set; }

    /// <summary>What the complainant is told about the status (e.g. why not accepted).</summary>
    public string? StatusNote { get; set; }

    public DateTime? StatusChangedAt { get; set; }

    public Guid? LinkedCaseId { get; set; }

    public int Version { get; set; }

    public List<ComplaintEvidence> Evidence { get; set; } = [];
}

/// <summary>An evidence file uploaded with a complaint (the bytes are a platform attachment).</summary>
internal sealed class ComplaintEvidence
{
    public Guid Id { get; set; }

    public Guid ComplaintId { get; set; }

    public Guid AttachmentId { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.ToTable("prot_complaints");
        e.HasKey(c => c.Id);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.Property(c => c.ReceiptNumber).HasMaxLength(32);
        e.HasIndex(c => c.ReceiptNumber).IsUnique();
        e.Property(c => c.AccessCodeHash).HasMaxLength(64);
        e.Property(c => c.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(c => c.RightNumber).HasMaxLength(64);
        e.Property(c => c.RightNumberKey).HasMaxLength(64);
        e.Property(c => c.ProductCategory).HasMaxLength(100);
        e.Property(c => c.InfringerName).HasMaxLength(200);
        e.Property(c => c.InfringerKey).HasMaxLength(200);
        e.Property(c => c.DistrictCode).HasMaxLength(6);
        e.Property(c => c.Address).HasMaxLength(300);
        e.Property(c => c.PlatformName).HasMaxLength(100);
        e.Property(c => c.PlatformUrl).HasMaxLength(500);
        e.Property(c => c.Description).HasMaxLength(4000);
        e.Property(c => c.ContactName).HasMaxLength(100);
        e.Property(c => c.ContactPhone).HasMaxLength(30);
        e.Property(c => c.ContactEmail).HasMaxLength(200);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(c => c.StatusNote).HasMaxLength(1000);
        e.HasIndex(c => c.SubmittedByOrganizationId);
        e.HasIndex(c => c.Status);
        e.HasMany(c => c.Evidence).WithOne().HasForeignKey(f => f.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintEvidenceConfiguration : IEntityTypeConfiguration<ComplaintEvidence>
{
    public void Configure(EntityTypeBuilder<ComplaintEvidence> e)
    {
        e.ToTable("prot_complaint_evidence");
        e.HasKey(f => f.Id);
        e.Property(f => f.FileName).HasMaxLength(200);
    }
}
