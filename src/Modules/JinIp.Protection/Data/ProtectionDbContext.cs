using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Data;

/// <summary>
/// The protection module's tables (<c>prot_</c>). Partial: each feature area adds its sets in its own file;
/// every entity is configured by an <see cref="IEntityTypeConfiguration{TEntity}"/> beside it.
/// </summary>
internal sealed partial class ProtectionDbContext(DbContextOptions<ProtectionDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "prot_";

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvidence> ComplaintEvidence => Set<ComplaintEvidence>();

    public DbSet<ProtectionCase> Cases => Set<ProtectionCase>();

    public DbSet<CaseParty> CaseParties => Set<CaseParty>();

    public DbSet<CaseRight> CaseRights => Set<CaseRight>();

    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();

    public DbSet<CaseExtension> CaseExtensions => Set<CaseExtension>();

    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();

    public DbSet<CriminalReferral> Referrals => Set<CriminalReferral>();

    public DbSet<WorkflowHistoryEntry> WorkflowHistory => Set<WorkflowHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapWorkflowHistory(TablePrefix);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProtectionDbContext).Assembly);
    }
}
