using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Identity;
using JinIp.Platform.Jobs;
using JinIp.Platform.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Data;

/// <summary>The platform's own tables (<c>plat_</c>): identity, organizations, audit, attachments, tokens, leases, Data Protection keys.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string TablePrefix = "plat_";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditHead> AuditHead => Set<AuditHead>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailMessage> EmailOutbox => Set<EmailMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.ToTable("plat_users");
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.PreferredCulture).HasMaxLength(10);
            e.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppRole>().ToTable("plat_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("plat_user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("plat_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("plat_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("plat_user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("plat_role_claims");

        builder.Entity<Organization>(e =>
        {
            e.ToTable("plat_organizations");
            e.HasKey(o => o.Id);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
            e.Property(o => o.DistrictCode).HasMaxLength(6).IsFixedLength(false);
            e.Property(o => o.UnifiedSocialCreditCode).HasMaxLength(18);
            e.HasIndex(o => o.Name).IsUnique();
            e.HasIndex(o => o.DistrictCode);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("plat_audit_entries");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.Property(a => a.ActorName).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.SubjectType).HasMaxLength(100);
            e.Property(a => a.SubjectId).HasMaxLength(100);
            e.Property(a => a.IpAddress).HasMaxLength(64);
            e.Property(a => a.TraceId).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.SubjectType, a.SubjectId });
            e.HasIndex(a => a.At);
        });

        builder.Entity<AuditHead>(e =>
        {
            e.ToTable("plat_audit_head");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.LastHash).HasMaxLength(64);
            e.HasData(new AuditHead { Id = 1, LastSequence = 0, LastHash = AuditChain.GenesisHash });
        });

        builder.Entity<Attachment>(e =>
        {
            e.ToTable("plat_attachments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.Purpose).HasMaxLength(64);
            e.Property(a => a.DistrictCode).HasMaxLength(6);
            e.HasIndex(a => a.OwnerOrganizationId);
            e.HasIndex(a => a.Sha256);
        });

        builder.Entity<PersonalAccessToken>(e =>
        {
            e.ToTable("plat_access_tokens");
            e.HasKey(t => t.Id);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => t.UserId);
        });

        builder.Entity<JobLease>(e =>
        {
            e.ToTable("plat_job_leases");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.Holder).HasMaxLength(200);
        });

        builder.Entity<DataProtectionKey>().ToTable("plat_data_protection_keys");

        builder.Entity<Notification>(e =>
        {
            e.ToTable("plat_notifications");
            e.HasKey(n => n.Id);
            e.Property(n => n.Kind).HasMaxLength(64);
            e.Property(n => n.TitleZh).HasMaxLength(Notifier.MaxTitleLength);
            e.Property(n => n.TitleEn).HasMaxLength(Notifier.MaxTitleLength);
            e.Property(n => n.BodyZh).HasMaxLength(Notifier.MaxBodyLength);
            e.Property(n => n.BodyEn).HasMaxLength(Notifier.MaxBodyLength);
            e.Property(n => n.Link).HasMaxLength(500);
            e.HasIndex(n => new { n.UserId, n.ReadAt });
            e.HasIndex(n => new { n.UserId, n.CreatedAt });
        });

        builder.Entity<EmailMessage>(e =>
        {
            e.ToTable("plat_email_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.To).HasMaxLength(256);
            e.Property(m => m.Subject).HasMaxLength(Notifier.MaxTitleLength);
            e.Property(m => m.Body).HasMaxLength(Notifier.MaxBodyLength);
            e.Property(m => m.LastError).HasMaxLength(1000);
            e.HasIndex(m => new { m.SentAt, m.CreatedAt });
        });
    }
}
