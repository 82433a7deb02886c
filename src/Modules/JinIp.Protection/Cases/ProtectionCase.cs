using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Cases;

/// <summary>
/// An enforcement case (案件) handled by one unit. It moves through the workflow of its <see cref="CaseType"/>;
/// amounts are in yuan. The handling unit owns it for <see cref="DataScope"/>; units it was transferred or
/// referred to see it through <see cref="CaseTransfer"/> and <c>CriminalReferral</c>.
/// </summary>
internal sealed class ProtectionCase : IWorkflowSubject, IOrganizationScoped
{
    public Guid Id { get; set; }

    /// <summary>e.g. 津知保案〔2026〕0012号.</summary>
    public required string CaseNumber { get; set; }

    public CaseType CaseType { get; set; }

    public CaseSource Source { get; set; }

    /// <summary>The campaign when <see cref="Source"/> is <see cref="CaseSource.Campaign"/> (剑网2026, 秋风2026 …).</summary>
    public string? CampaignName { get; set; }

    public Guid? ComplaintId { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public RightType RightType { get; set; }

    /// <summary>The main right's number as typed; every right involved is also in <see cref="Rights"/>.</summary>
    public string? RightNumber { get; set; }

    public string? RightNumberKey { get; set; }

    public string? ProductCategory { get; set; }

    public required string InfringerName { get; set; }

    public required string InfringerKey { get; set; }

    public string? DistrictCode { get; set; }

    public string? PlatformName { get; set; }

    /// <summary>The unit handling the case now (an organization id of the platform).</summary>
    public Guid HandlingOrganizationId { get; set; }

    public Guid OwnerOrganizationId => HandlingOrganizationId;

    public required string State { get; set; }

    public int Version { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? PausedWorkingDaysLeft { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Working days added by approved extensions (each in <see cref="CaseExtension"/>).</summary>
    public int ExtendedWorkingDays { get; set; }

    /// <summary>非法经营额 (yuan).</summary>
    public decimal? IllegalBusinessVolume { get; set; }

    /// <summary>违法所得 (yuan).</summary>
    public decimal? IllegalGains { get; set; }

    /// <summary>罚款 (yuan).</summary>
    public decimal? Fine { get; set; }

    /// <summary>惩罚性赔偿 (yuan).</summary>
    public decimal? PunitiveDamages { get; set; }

    /// <summary>The technical complexity declared by staff (0 none … 3 high), one input of triage.</summary>
    public int TechnicalComplexity { get; set; }

    public CaseComplexity Complexity { get; set; }

    public string? TriageReason { get; set; }

    public bool TriageOverridden { get; set; }

    public string? MediationAgreement { get; set; }

    public string? DecisionText { get; set; }

    public string? Outcome { get; set; }

    /// <summary>When staff were alerted that the amounts cross a prosecution threshold (once per case).</summary>
    public DateTime? ThresholdAlertedAt { get; set; }

    public string? ThresholdAlertRule { get; set; }

    public Guid CreatedByUserId { get; set; }

    public List<CaseParty> Parties { get; set; } = [];

    public List<CaseRight> Rights { get; set; } = [];

    public List<CaseAttachment> Attachments { get; set; } = [];
}

internal sealed class CaseParty
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public PartyRole Role { get; set; }

    public PartyKind Kind { get; set; }

    public required string Name { get; set; }

    public string? CreditCode { get; set; }

    public string? Address { get; set; }
}

/// <summary>A right involved in a case.</summary>
internal sealed class CaseRight
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public RightType RightType { get; set; }

    public required string Number { get; set; }

    public string? NumberKey { get; set; }

    public string? Title { get; set; }
}

/// <summary>A file of the case's evidence (a platform attachment): from the complaint or added by staff.</summary>
internal sealed class CaseAttachment
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid AttachmentId { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    public DateTime AddedAt { get; set; }
}

/// <summary>An approved extension of a case's time limit (延长办案期限).</summary>
internal sealed class CaseExtension
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public int WorkingDays { get; set; }

    public required string Reason { get; set; }

    public required string ApprovedBy { get; set; }

    public DateTime At { get; set; }

    public DateOnly? DueDateBefore { get; set; }

    public DateOnly? DueDateAfter { get; set; }
}

/// <summary>A case handed from one unit to another (移送/指定管辖); the receiving unit then handles it.</summary>
internal sealed class CaseTransfer
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid FromOrganizationId { get; set; }

    public Guid ToOrganizationId { get; set; }

    public required string Reason { get; set; }

    public required string TransferredBy { get; set; }

    public DateTime At { get; set; }
}

internal sealed class ProtectionCaseConfiguration : IEntityTypeConfiguration<ProtectionCase>
{
    public void Configure(EntityTypeBuilder<ProtectionCase> e)
    {
        e.ToTable("prot_cases");
        e.HasKey(c => c.Id);
        e.Ignore(c => c.OwnerOrganizationId);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.Property(c => c.CaseNumber).HasMaxLength(40);
        e.HasIndex(c => c.CaseNumber).IsUnique();
        e.Property(c => c.CaseType).HasConversion<string>().HasMaxLength(40);
        e.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.CampaignName).HasMaxLength(50);
        e.Property(c => c.Title).HasMaxLength(200);
        e.Property(c => c.Summary).HasMaxLength(4000);
        e.Property(c => c.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(c => c.RightNumber).HasMaxLength(64);
        e.Property(c => c.RightNumberKey).HasMaxLength(64);
        e.Property(c => c.ProductCategory).HasMaxLength(100);
        e.Property(c => c.InfringerName).HasMaxLength(200);
        e.Property(c => c.InfringerKey).HasMaxLength(200);
        e.Property(c => c.DistrictCode).HasMaxLength(6);
        e.Property(c => c.PlatformName).HasMaxLength(100);
        e.Property(c => c.State).HasMaxLength(32);
        e.Property(c => c.IllegalBusinessVolume).HasPrecision(18, 2);
        e.Property(c => c.IllegalGains).HasPrecision(18, 2);
        e.Property(c => c.Fine).HasPrecision(18, 2);
        e.Property(c => c.PunitiveDamages).HasPrecision(18, 2);
        e.Property(c => c.Complexity).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.TriageReason).HasMaxLength(1000);
        e.Property(c => c.MediationAgreement).HasMaxLength(4000);
        e.Property(c => c.DecisionText).HasMaxLength(4000);
        e.Property(c => c.Outcome).HasMaxLength(200);
        e.Property(c => c.ThresholdAlertRule).HasMaxLength(500);
        e.HasIndex(c => c.HandlingOrganizationId);
        e.HasIndex(c => new { c.State, c.DueDate });
        e.HasIndex(c => c.RightNumberKey);
        e.HasIndex(c => c.InfringerKey);
        e.HasIndex(c => c.OpenedAt);
        e.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Rights).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CasePartyConfiguration : IEntityTypeConfiguration<CaseParty>
{
    public void Configure(EntityTypeBuilder<CaseParty> e)
    {
        e.ToTable("prot_case_parties");
        e.HasKey(p => p.Id);
        e.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.CreditCode).HasMaxLength(18);
        e.Property(p => p.Address).HasMaxLength(300);
    }
}

internal sealed class CaseRightConfiguration : IEntityTypeConfiguration<CaseRight>
{
    public void Configure(EntityTypeBuilder<CaseRight> e)
    {
        e.ToTable("prot_case_rights");
        e.HasKey(r => r.Id);
        e.Property(r => r.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(r => r.Number).HasMaxLength(64);
        e.Property(r => r.NumberKey).HasMaxLength(64);
        e.Property(r => r.Title).HasMaxLength(200);
        e.HasIndex(r => r.NumberKey);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> e)
    {
        e.ToTable("prot_case_attachments");
        e.HasKey(a => a.Id);
        e.Property(a => a.FileName).HasMaxLength(200);
    }
}

internal sealed class CaseExtensionConfiguration : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> e)
    {
        e.ToTable("prot_case_extensions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.ApprovedBy).HasMaxLength(200);
        e.HasIndex(x => x.CaseId);
    }
}

internal sealed class CaseTransferConfiguration : IEntityTypeConfiguration<CaseTransfer>
{
    public void Configure(EntityTypeBuilder<CaseTransfer> e)
    {
        e.ToTable("prot_case_transfers");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.TransferredBy).HasMaxLength(200);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.ToOrganizationId);
    }
}
