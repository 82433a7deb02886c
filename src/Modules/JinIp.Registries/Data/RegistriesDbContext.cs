using JinIp.Platform.Workflow;
using JinIp.Registries.Catalog;
using JinIp.Registries.CopyrightStations;
using JinIp.Registries.GeographicIndications;
using JinIp.Registries.PlantVarieties;
using JinIp.Registries.TimeHonored;
using JinIp.Registries.WellKnownMarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JinIp.Registries.Data;

/// <summary>The registries module's tables (<c>reg_</c>): one per registry, the 老字号 applications and their workflow history.</summary>
public sealed class RegistriesDbContext(DbContextOptions<RegistriesDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "reg_";

    internal DbSet<WellKnownMark> WellKnownMarks => Set<WellKnownMark>();

    internal DbSet<TimeHonoredBrand> TimeHonoredBrands => Set<TimeHonoredBrand>();

    internal DbSet<GeographicIndication> GeographicIndications => Set<GeographicIndication>();

    internal DbSet<GiProducer> GiProducers => Set<GiProducer>();

    internal DbSet<PlantVariety> PlantVarieties => Set<PlantVariety>();

    internal DbSet<CopyrightStation> CopyrightStations => Set<CopyrightStation>();

    internal DbSet<StationService> StationServices => Set<StationService>();

    internal DbSet<TimeHonoredApplication> TimeHonoredApplications => Set<TimeHonoredApplication>();

    internal DbSet<TimeHonoredObjection> TimeHonoredObjections => Set<TimeHonoredObjection>();

    internal DbSet<WorkflowHistoryEntry> WorkflowHistory => Set<WorkflowHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapWorkflowHistory(TablePrefix);

        modelBuilder.Entity<WellKnownMark>(e =>
        {
            Record(e, "reg_well_known_marks");
            e.Property(r => r.Mark).HasMaxLength(100);
            e.Property(r => r.Owner).HasMaxLength(200);
            e.Property(r => r.OwnerCreditCode).HasMaxLength(18);
            e.Property(r => r.NiceClasses).HasMaxLength(200);
            e.Property(r => r.Source).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.Authority).HasMaxLength(200);
            e.Property(r => r.Reference).HasMaxLength(100);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.HasIndex(r => r.Mark);
        });

        modelBuilder.Entity<TimeHonoredBrand>(e =>
        {
            Record(e, "reg_time_honored_brands");
            e.Property(r => r.Brand).HasMaxLength(100);
            e.Property(r => r.EnterpriseName).HasMaxLength(200);
            e.Property(r => r.CreditCode).HasMaxLength(18);
            e.Property(r => r.Batch).HasMaxLength(50);
            e.Property(r => r.Trademarks).HasMaxLength(1000);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.HasIndex(r => r.Brand);
        });

        modelBuilder.Entity<GeographicIndication>(e =>
        {
            Record(e, "reg_geographic_indications");
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.Property(r => r.Holder).HasMaxLength(200);
            e.Property(r => r.RegistrationNumber).HasMaxLength(100);
            e.Property(r => r.ProtectedArea).HasMaxLength(1000);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.HasIndex(r => new { r.Name, r.Kind });
        });

        modelBuilder.Entity<GiProducer>(e =>
        {
            Record(e, "reg_gi_producers");
            e.Property(r => r.GiName).HasMaxLength(100);
            e.Property(r => r.GiKind).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.Producer).HasMaxLength(200);
            e.Property(r => r.CreditCode).HasMaxLength(18);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.HasOne<GeographicIndication>().WithMany().HasForeignKey(r => r.GeographicIndicationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PlantVariety>(e =>
        {
            Record(e, "reg_plant_varieties");
            e.Property(r => r.VarietyName).HasMaxLength(100);
            e.Property(r => r.Crop).HasMaxLength(50);
            e.Property(r => r.Breeder).HasMaxLength(200);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.Property(r => r.ApplicationNumber).HasMaxLength(50);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.GrantNumber).HasMaxLength(50);
            e.HasIndex(r => r.ApplicationNumber);
        });

        modelBuilder.Entity<CopyrightStation>(e =>
        {
            Record(e, "reg_copyright_stations");
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.HostOrganization).HasMaxLength(200);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.Property(r => r.Address).HasMaxLength(200);
            e.Property(r => r.Phone).HasMaxLength(30);
            e.Property(r => r.Scope).HasMaxLength(1000);
            e.HasIndex(r => r.Name);
        });

        modelBuilder.Entity<StationService>(e =>
        {
            Record(e, "reg_station_services");
            e.Property(r => r.StationName).HasMaxLength(200);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.Client).HasMaxLength(200);
            e.Property(r => r.Description).HasMaxLength(1000);
            e.HasOne<CopyrightStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<TimeHonoredApplication>(e =>
        {
            e.ToTable("reg_time_honored_applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Property(a => a.State).HasMaxLength(32);
            e.Property(a => a.DistrictCode).HasMaxLength(6);
            e.Property(a => a.ApplicantName).HasMaxLength(200);
            e.Property(a => a.EnterpriseName).HasMaxLength(200);
            e.Property(a => a.CreditCode).HasMaxLength(18);
            e.Property(a => a.Brand).HasMaxLength(100);
            e.Property(a => a.Trademarks).HasMaxLength(1000);
            e.Property(a => a.History).HasMaxLength(8000);
            e.Property(a => a.ExpertName).HasMaxLength(200);
            e.Property(a => a.ScoresJson).HasMaxLength(1000);
            e.Property(a => a.ExpertComment).HasMaxLength(2000);
            e.Property(a => a.DecisionReason).HasMaxLength(2000);
            e.HasIndex(a => a.OwnerOrganizationId);
            e.HasIndex(a => a.State);
            e.HasMany(a => a.Attachments).WithOne().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Objections).WithOne().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TimeHonoredAttachment>(e =>
        {
            e.ToTable("reg_time_honored_attachments");
            e.HasKey(f => f.Id);
            e.Property(f => f.FileName).HasMaxLength(200);
        });

        modelBuilder.Entity<TimeHonoredObjection>(e =>
        {
            e.ToTable("reg_time_honored_objections");
            e.HasKey(o => o.Id);
            e.Property(o => o.Objector).HasMaxLength(200);
            e.Property(o => o.Content).HasMaxLength(4000);
            e.Property(o => o.RecordedBy).HasMaxLength(200);
        });
    }

    private static void Record<T>(EntityTypeBuilder<T> e, string table)
        where T : RegistryRecord
    {
        e.ToTable(table);
        e.HasKey(r => r.Id);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.SearchText).HasMaxLength(4000);
    }
}
