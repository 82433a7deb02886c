using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Protection.Platforms;

/// <summary>A key online platform under supervision (重点网络平台, work point 11), kept by the office or the district where it is registered.</summary>
internal sealed class SupervisedPlatform : IOrganizationScoped
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Operator { get; set; }

    public required string Url { get; set; }

    public required string CreditCode { get; set; }

    public string? DistrictCode { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>A supervision notice (监管通知) sent to a platform, with what it must do by when (working days).</summary>
internal sealed class PlatformNotice
{
    public Guid Id { get; set; }

    public Guid PlatformId { get; set; }

    public DateOnly SentOn { get; set; }

    public required string Subject { get; set; }

    public required string RequiredAction { get; set; }

    public int DueWorkingDays { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public string? Answer { get; set; }

    public required string SentBy { get; set; }
}

/// <summary>A takedown of an infringing link requested from a platform, and when it was removed.</summary>
internal sealed class PlatformTakedown
{
    public Guid Id { get; set; }

    public Guid PlatformId { get; set; }

    public required string Link { get; set; }

    public RightType RightType { get; set; }

    public required string RightNumber { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    public required string RequestedBy { get; set; }
}

internal sealed class SupervisedPlatformConfiguration : IEntityTypeConfiguration<SupervisedPlatform>
{
    public void Configure(EntityTypeBuilder<SupervisedPlatform> e)
    {
        e.ToTable("prot_platforms");
        e.HasKey(p => p.Id);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.Property(p => p.Name).HasMaxLength(100);
        e.HasIndex(p => p.Name).IsUnique();
        e.Property(p => p.Operator).HasMaxLength(200);
        e.Property(p => p.Url).HasMaxLength(300);
        e.Property(p => p.CreditCode).HasMaxLength(18);
        e.Property(p => p.DistrictCode).HasMaxLength(6);
    }
}

internal sealed class PlatformNoticeConfiguration : IEntityTypeConfiguration<PlatformNotice>
{
    public void Configure(EntityTypeBuilder<PlatformNotice> e)
    {
        e.ToTable("prot_platform_notices");
        e.HasKey(n => n.Id);
        e.Property(n => n.Subject).HasMaxLength(200);
        e.Property(n => n.RequiredAction).HasMaxLength(2000);
        e.Property(n => n.Answer).HasMaxLength(2000);
        e.Property(n => n.SentBy).HasMaxLength(200);
        e.HasIndex(n => n.PlatformId);
        e.HasOne<SupervisedPlatform>().WithMany().HasForeignKey(n => n.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlatformTakedownConfiguration : IEntityTypeConfiguration<PlatformTakedown>
{
    public void Configure(EntityTypeBuilder<PlatformTakedown> e)
    {
        e.ToTable("prot_platform_takedowns");
        e.HasKey(t => t.Id);
        e.Property(t => t.Link).HasMaxLength(500);
        e.Property(t => t.RightType).HasConversion<string>().HasMaxLength(32);
        e.Property(t => t.RightNumber).HasMaxLength(64);
        e.Property(t => t.RequestedBy).HasMaxLength(200);
        e.HasIndex(t => t.PlatformId);
        e.HasOne<SupervisedPlatform>().WithMany().HasForeignKey(t => t.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
