using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Referrals;

public enum ReferralStatus
{
    /// <summary>已移送，待受理.</summary>
    Pending,

    /// <summary>公安机关已立案受理.</summary>
    Accepted,

    /// <summary>退回 (with reason).</summary>
    Returned,
}

/// <summary>
/// 行刑衔接: an administrative case referred to public security as suspected crime, with its evidence package
/// (the case's attachments, readable by the receiving unit while the referral stands).
/// </summary>
internal sealed class CriminalReferral
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid FromOrganizationId { get; set; }

    public Guid ToOrganizationId { get; set; }

    public required string Reason { get; set; }

    /// <summary>The prosecution threshold rule the amounts cross, as shown to the receiving unit.</summary>
    public string? ThresholdRule { get; set; }

    public ReferralStatus Status { get; set; }

    public required string ReferredBy { get; set; }

    public DateTime ReferredAt { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>Why it was returned, or the police's file number on acceptance.</summary>
    public string? AnswerNote { get; set; }

    public int Version { get; set; }
}

internal sealed class CriminalReferralConfiguration : IEntityTypeConfiguration<CriminalReferral>
{
    public void Configure(EntityTypeBuilder<CriminalReferral> e)
    {
        e.ToTable("prot_criminal_referrals");
        e.HasKey(r => r.Id);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.Reason).HasMaxLength(2000);
        e.Property(r => r.ThresholdRule).HasMaxLength(500);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.ReferredBy).HasMaxLength(200);
        e.Property(r => r.AnsweredBy).HasMaxLength(200);
        e.Property(r => r.AnswerNote).HasMaxLength(2000);
        e.HasIndex(r => r.CaseId);
        e.HasIndex(r => r.ToOrganizationId);
    }
}
