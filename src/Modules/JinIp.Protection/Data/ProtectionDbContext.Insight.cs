using JinIp.Protection.Customs;
using JinIp.Protection.Insight;
using JinIp.Protection.Platforms;
using JinIp.Protection.TypicalCases;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Data;

/// <summary>The insight side of protection: customs recordations, supervised platforms, spike alerts and typical cases.</summary>
internal sealed partial class ProtectionDbContext
{
    public DbSet<CustomsRecordation> CustomsRecordations => Set<CustomsRecordation>();

    public DbSet<CustomsRenewal> CustomsRenewals => Set<CustomsRenewal>();

    public DbSet<CustomsSeizure> CustomsSeizures => Set<CustomsSeizure>();

    public DbSet<SupervisedPlatform> SupervisedPlatforms => Set<SupervisedPlatform>();

    public DbSet<PlatformNotice> PlatformNotices => Set<PlatformNotice>();

    public DbSet<PlatformTakedown> PlatformTakedowns => Set<PlatformTakedown>();

    public DbSet<SpikeAlert> SpikeAlerts => Set<SpikeAlert>();

    public DbSet<TypicalCase> TypicalCases => Set<TypicalCase>();
}
