using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Customs;

public enum RecordationDecision
{
    /// <summary>待审核.</summary>
    Pending,

    /// <summary>准予备案.</summary>
    Approved,

    /// <summary>不予备案.</summary>
    Refused,
}

/// <summary>What a seizure came to (处理结果).</summary>
public enum SeizureOutcome
{
    /// <summary>调查认定中.</summary>
    Pending,

    /// <summary>认定侵权，没收.</summary>
    Confiscated,

    /// <summary>不能认定侵权，放行.</summary>
    Released,

    /// <summary>权利人向法院申请，协助执行.</summary>
    CourtOrder,

    /// <summary>涉嫌犯罪，移送公安.</summary>
    ReferredToPolice,
}

/// <summary>
/// 知识产权海关保护备案: a right recorded with customs so that infringing goods can be detained at the border.
/// The decision is due within 30 working days of filing; an approved recordation is valid 10 years from approval
/// and can be renewed (each renewal kept in <see cref="CustomsRenewal"/>).
/// </summary>
internal sealed class CustomsRecordation
{
    public Guid Id { get; set; }

    public required string RecordationNumber { get; set; }

    public RightType RightType { get; set; }

    public required string RightNumber { get; set; }

    public required string RightTitle { get; set; }

    public required string HolderName { get; set; }

    public DateOnly FiledOn { get; set; }

    public DateOnly DecisionDueOn { get; set; }

    public RecordationDecision Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionNote { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The customs unit (or the office) that keeps the record.</summary>
    public Guid OwnerOrganizationId { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<CustomsRenewal> Renewals { get; set; } = [];
}

/// <summary>One renewal (续展): the period before and the new one.</summary>
internal sealed class CustomsRenewal
{
    public Guid Id { get; set; }

    public Guid RecordationId { get; set; }

    public DateOnly RenewedOn { get; set; }

    public DateOnly PreviousValidUntil { get; set; }

    public DateOnly NewValidFrom { get; set; }

    public DateOnly NewValidUntil { get; set; }

    public required string RenewedBy { get; set; }
}

/// <summary>A detention of suspected infringing goods (扣留) under a recordation. Scoped to the customs unit that made it.</summary>
internal sealed class CustomsSeizure : IOrganizationScoped
{
    public Guid Id { get; set; }

    public Guid RecordationId { get; set; }

    public DateOnly SeizedOn { get; set; }

    public required string Port { get; set; }

    public required string Goods { get; set; }

    public int Quantity { get; set; }

    /// <summary>申报价值 (yuan).</summary>
    public decimal DeclaredValue { get; set; }

    /// <summary>收发货人 / the suspected infringer.</summary>
    public required string Consignor { get; set; }

    public SeizureOutcome Outcome { get; set; }

    public string? OutcomeNote { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public string? DistrictCode { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class CustomsRecordationConfiguration : IEntityTypeConfiguration<CustomsRecordation>
{
    public void Configure(EntityTypeBuilder<CustomsRecordation> e)
    {
        e.ToTable("prot_customs_recordations");
        e.HasKey(r => r.Id);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.RecordationNumber).HasMaxLength(40);
        e.HasIndex(r => r.RecordationNumber).IsUnique();
        e.Property(r => r.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(r => r.RightNumber).HasMaxLength(64);
        e.Property(r => r.RightTitle).HasMaxLength(200);
        e.Property(r => r.HolderName).HasMaxLength(200);
        e.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.DecisionNote).HasMaxLength(1000);
        e.HasIndex(r => r.ValidUntil);
        e.HasMany(r => r.Renewals).WithOne().HasForeignKey(x => x.RecordationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CustomsRenewalConfiguration : IEntityTypeConfiguration<CustomsRenewal>
{
    public void Configure(EntityTypeBuilder<CustomsRenewal> e)
    {
        e.ToTable("prot_customs_renewals");
        e.HasKey(r => r.Id);
        e.Property(r => r.RenewedBy).HasMaxLength(200);
    }
}

internal sealed class CustomsSeizureConfiguration : IEntityTypeConfiguration<CustomsSeizure>
{
    public void Configure(EntityTypeBuilder<CustomsSeizure> e)
    {
        e.ToTable("prot_customs_seizures");
        e.HasKey(s => s.Id);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.Property(s => s.Port).HasMaxLength(100);
        e.Property(s => s.Goods).HasMaxLength(200);
        e.Property(s => s.DeclaredValue).HasPrecision(18, 2);
        e.Property(s => s.Consignor).HasMaxLength(200);
        e.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.OutcomeNote).HasMaxLength(1000);
        e.Property(s => s.DistrictCode).HasMaxLength(6);
        e.HasIndex(s => s.RecordationId);
        e.HasIndex(s => s.OwnerOrganizationId);
        e.HasOne<CustomsRecordation>().WithMany().HasForeignKey(s => s.RecordationId).OnDelete(DeleteBehavior.Restrict);
    }
}
