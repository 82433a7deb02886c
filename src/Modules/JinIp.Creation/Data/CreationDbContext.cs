using JinIp.Platform.Workflow;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Creation.Data;

/// <summary>The creation module's tables (<c>crea_</c>).</summary>
internal sealed class CreationDbContext(DbContextOptions<CreationDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "crea_";

    public DbSet<CopyrightRegistration> Registrations => Set<CopyrightRegistration>();

    public DbSet<CopyrightSample> Samples => Set<CopyrightSample>();

    public DbSet<RegistrationSerial> Serials => Set<RegistrationSerial>();

    public DbSet<WorkflowHistoryEntry> History => Set<WorkflowHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CopyrightRegistration>(e =>
        {
            e.ToTable("crea_registrations");
            e.HasKey(r => r.Id);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.Property(r => r.State).HasMaxLength(32);
            e.Property(r => r.DistrictCode).HasMaxLength(6);
            e.Property(r => r.ApplicantName).HasMaxLength(200);
            e.Property(r => r.ContactPhone).HasMaxLength(30);
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.CompletionPlace).HasMaxLength(100);
            e.Property(r => r.FirstPublicationPlace).HasMaxLength(100);
            e.Property(r => r.CorrectionRequest).HasMaxLength(4000);
            e.Property(r => r.DecisionReason).HasMaxLength(4000);
            e.Property(r => r.RegistrationNumber).HasMaxLength(32);
            e.HasIndex(r => r.RegistrationNumber).IsUnique();
            e.HasIndex(r => new { r.RegistrationYear, r.RegistrationSerial }).IsUnique();
            e.HasIndex(r => r.OwnerOrganizationId);
            e.HasIndex(r => new { r.State, r.DueDate });
            e.HasMany(r => r.Authors).WithOne().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Owners).WithOne().HasForeignKey(o => o.RegistrationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Samples).WithOne().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CopyrightAuthor>(e =>
        {
            e.ToTable("crea_authors");
            e.HasKey(a => a.Id);
            e.Property(a => a.Name).HasMaxLength(100);
        });

        modelBuilder.Entity<CopyrightOwner>(e =>
        {
            e.ToTable("crea_owners");
            e.HasKey(o => o.Id);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.DocumentNumber).HasMaxLength(40);
            e.Property(o => o.Phone).HasMaxLength(30);
            e.Property(o => o.Address).HasMaxLength(200);
        });

        modelBuilder.Entity<CopyrightSample>(e =>
        {
            e.ToTable("crea_samples");
            e.HasKey(s => s.Id);
            e.Property(s => s.FileName).HasMaxLength(200);
            e.Property(s => s.ContentType).HasMaxLength(100);
        });

        modelBuilder.Entity<RegistrationSerial>(e =>
        {
            e.ToTable("crea_serials");
            e.HasKey(s => s.Year);
            e.Property(s => s.Year).ValueGeneratedNever();
        });

        modelBuilder.MapWorkflowHistory(TablePrefix);
    }
}
