using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Audit;

public sealed record AuditVerification(long Entries, AuditBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>Checks the whole chain in the database, streaming the rows in sequence order.</summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(PlatformDbContext db, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditHead.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var checker = new AuditChain.Checker();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (checker.Check(entry) is { } broken)
            {
                return new AuditVerification(checker.Count, broken);
            }
        }

        return new AuditVerification(checker.Count, checker.Finish(head));
    }
}
