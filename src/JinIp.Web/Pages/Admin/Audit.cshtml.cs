using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Web.Pages.Admin;

/// <summary>The newest audit entries and a live check of the whole hash chain.</summary>
public sealed class AuditModel(PlatformDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditBreak? Break { get; private set; }

    public long Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Take(200).ToListAsync(cancellationToken);
        var verification = await AuditVerifier.VerifyAsync(db, cancellationToken);
        Total = verification.Entries;
        Break = verification.Break;
    }
}
