using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Notifications;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Referrals;

public sealed record ReferralSummary(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string CaseTitle,
    CaseType CaseType,
    string FromUnit,
    string ToUnit,
    ReferralStatus Status,
    DateTime ReferredAt,
    DateTime AnswerDueAt,
    bool AnswerOverdue,
    DateTime? AnsweredAt,
    string? AnswerNote,
    string? ThresholdRule);

public sealed record ReferralView(
    Guid Id,
    int Version,
    Guid CaseId,
    string CaseNumber,
    string CaseTitle,
    CaseType CaseType,
    string InfringerName,
    decimal? IllegalBusinessVolume,
    decimal? IllegalGains,
    decimal? Fine,
    string FromUnit,
    string ToUnit,
    string Reason,
    string? ThresholdRule,
    ReferralStatus Status,
    string ReferredBy,
    DateTime ReferredAt,
    DateTime AnswerDueAt,
    string? AnsweredBy,
    DateTime? AnsweredAt,
    string? AnswerNote,
    bool CanAnswer,
    IReadOnlyList<CaseFileView> EvidencePackage);

/// <summary>
/// 行刑衔接: the handling unit refers a case to public security with its evidence package; public security
/// accepts (立案) or returns it with a reason; the procuratorate supervises every referral and its outcome.
/// Public security is to answer within 3 days of receipt (《行政执法机关移送涉嫌犯罪案件的规定》第八条, from memory);
/// an unanswered referral past that is flagged in the lists.
/// </summary>
public sealed class ReferralService
{
    public const int AnswerDays = 3;

    private readonly ProtectionDbContext _db;
    private readonly CaseService _cases;
    private readonly ProtectionDirectory _directory;
    private readonly IAuditLog _audit;
    private readonly Notifier _notifier;
    private readonly TimeProvider _clock;

    internal ReferralService(ProtectionDbContext db, CaseService cases, ProtectionDirectory directory, IAuditLog audit, Notifier notifier, TimeProvider clock)
    {
        _db = db;
        _cases = cases;
        _directory = directory;
        _audit = audit;
        _notifier = notifier;
        _clock = clock;
    }

    /// <summary>Refers the case to public security; one open (pending or accepted) referral per case.</summary>
    public async Task<Guid> ReferAsync(Actor actor, Guid caseId, string? reason, CancellationToken ct = default)
    {
        var subject = await _cases.LoadForActionAsync(actor, caseId, ct);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException("reason", "请填写移送理由（涉嫌犯罪的事实）。", "Give the reason (the facts suggesting a crime).");
        }

        if (await _db.Referrals.AnyAsync(r => r.CaseId == caseId && r.Status != ReferralStatus.Returned, ct))
        {
            throw new ConflictException("该案件已移送公安机关。", "This case has already been referred to public security.");
        }

        var police = await _directory.PublicSecurityAsync(ct)
            ?? throw new ConflictException("平台上没有公安机关单位，无法移送。", "No public security unit is on the platform.");
        var rule = _cases.Thresholds.CrossedBy(subject.CaseType, subject.IllegalBusinessVolume, subject.IllegalGains);
        var referral = new CriminalReferral
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            FromOrganizationId = subject.HandlingOrganizationId,
            ToOrganizationId = police,
            Reason = CaseService.Cut(reason.Trim(), 2000),
            ThresholdRule = rule is null ? null : CaseService.Cut(rule.Describe(), 500),
            Status = ReferralStatus.Pending,
            ReferredBy = actor.Name,
            ReferredAt = _clock.GetUtcNow().UtcDateTime,
            Version = 1,
        };
        await using (var transaction = await _db.Database.BeginTransactionAsync(ct))
        {
            _db.Referrals.Add(referral);
            subject.Outcome = "已移送公安机关";
            await _db.SaveChangesAsync(ct);
            await _audit.AppendAsync(_db, new AuditRecord("protection.referral.create", "protection-referral", referral.Id.ToString("D"), After: new { CaseId = caseId, subject.CaseNumber, referral.ToOrganizationId, referral.Reason, referral.ThresholdRule }) { Actor = actor }, ct);
            await transaction.CommitAsync(ct);
        }

        var recipients = await _directory.UsersOfAsync([police], ct);
        await _notifier.SendAsync(recipients.ToList(), new NotificationMessage(
            "protection.referral",
            $"涉嫌犯罪案件移送：{subject.CaseNumber}",
            $"Case referred as suspected crime: {subject.CaseNumber}",
            $"{actor.Name} 移送案件“{subject.Title}”，请于 {AnswerDays} 日内审查决定是否立案。",
            $"{actor.Name} referred the case '{subject.Title}'; decide within {AnswerDays} days whether to open a criminal case.",
            $"/Protection/Referrals/Detail/{referral.Id:D}"), ct);
        return referral.Id;
    }

    /// <summary>Referrals the actor may see: the office and the procuratorate all; public security those sent to it; a handling unit its own.</summary>
    public async Task<IReadOnlyList<ReferralSummary>> ListAsync(Actor actor, ReferralStatus? status, CancellationToken ct = default)
    {
        var query = await VisibleAsync(actor, ct);
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var rows = await query.AsNoTracking().OrderByDescending(r => r.ReferredAt).Take(500).ToListAsync(ct);
        var caseIds = rows.Select(r => r.CaseId).Distinct().ToList();
        var cases = await _db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var units = await _directory.NamesAsync(rows.SelectMany(r => new[] { r.FromOrganizationId, r.ToOrganizationId }), ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        return rows.Where(r => cases.ContainsKey(r.CaseId)).Select(r =>
        {
            var c = cases[r.CaseId];
            var due = r.ReferredAt.AddDays(AnswerDays);
            return new ReferralSummary(r.Id, r.CaseId, c.CaseNumber, c.Title, c.CaseType, units.GetValueOrDefault(r.FromOrganizationId, ""), units.GetValueOrDefault(r.ToOrganizationId, ""),
                r.Status, r.ReferredAt, due, r.Status == ReferralStatus.Pending && now > due, r.AnsweredAt, r.AnswerNote, r.ThresholdRule);
        }).ToList();
    }

    public async Task<ReferralView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var referral = await (await VisibleAsync(actor, ct)).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        var c = await _db.Cases.AsNoTracking().SingleAsync(x => x.Id == referral.CaseId, ct);
        var files = await _db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.AddedAt).ToListAsync(ct);
        var units = await _directory.NamesAsync([referral.FromOrganizationId, referral.ToOrganizationId], ct);
        return new ReferralView(
            referral.Id, referral.Version, c.Id, c.CaseNumber, c.Title, c.CaseType, c.InfringerName, c.IllegalBusinessVolume, c.IllegalGains, c.Fine,
            units.GetValueOrDefault(referral.FromOrganizationId, ""), units.GetValueOrDefault(referral.ToOrganizationId, ""), referral.Reason, referral.ThresholdRule,
            referral.Status, referral.ReferredBy, referral.ReferredAt, referral.ReferredAt.AddDays(AnswerDays), referral.AnsweredBy, referral.AnsweredAt, referral.AnswerNote,
            referral.Status == ReferralStatus.Pending && actor.OrganizationId == referral.ToOrganizationId,
            files.Select(f => new CaseFileView(f.AttachmentId, f.FileName, f.Size, f.AddedAt)).ToList());
    }

    /// <summary>Public security accepts the referral (立案), noting its file number.</summary>
    public Task<ReferralView> AcceptAsync(Actor actor, Guid id, int version, string? note, CancellationToken ct = default) =>
        AnswerAsync(actor, id, version, ReferralStatus.Accepted, note, ct);

    /// <summary>Public security returns the referral with its reason (不予立案/退回补充).</summary>
    public Task<ReferralView> ReturnAsync(Actor actor, Guid id, int version, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException("reason", "请填写退回理由。", "Give the reason for returning the referral.");
        }

        return AnswerAsync(actor, id, version, ReferralStatus.Returned, reason, ct);
    }

    private async Task<ReferralView> AnswerAsync(Actor actor, Guid id, int version, ReferralStatus answer, string? note, CancellationToken ct)
    {
        var referral = await (await VisibleAsync(actor, ct)).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        if (actor.OrganizationId != referral.ToOrganizationId)
        {
            throw new ForbiddenException("只有接收移送的公安机关可以受理或退回。", "Only the receiving public security unit may accept or return it.");
        }

        if (referral.Status != ReferralStatus.Pending)
        {
            throw new ConflictException("该移送已答复。", "This referral has already been answered.");
        }

        if (referral.Version != version)
        {
            throw new ConflictException("该移送已被他人处理，请刷新后重试。", "This referral was changed meanwhile; reload it.");
        }

        var subject = await _db.Cases.SingleAsync(c => c.Id == referral.CaseId, ct);
        _db.Entry(referral).Property(r => r.Version).OriginalValue = version;
        referral.Version = version + 1;
        referral.Status = answer;
        referral.AnsweredBy = actor.Name;
        referral.AnsweredAt = _clock.GetUtcNow().UtcDateTime;
        referral.AnswerNote = string.IsNullOrWhiteSpace(note) ? null : CaseService.Cut(note.Trim(), 2000);
        subject.Outcome = answer == ReferralStatus.Accepted ? "公安机关已立案" : "公安机关退回";
        await using (var transaction = await _db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await _db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new ConflictException("该移送已被他人处理，请刷新后重试。", "This referral was changed meanwhile; reload it.", ex);
            }

            await _audit.AppendAsync(_db, new AuditRecord(answer == ReferralStatus.Accepted ? "protection.referral.accept" : "protection.referral.return", "protection-referral", referral.Id.ToString("D"), new { Status = ReferralStatus.Pending }, new { referral.Status, referral.AnswerNote }) { Actor = actor }, ct);
            await transaction.CommitAsync(ct);
        }

        var procuratorate = await _directory.ProcuratorateAsync(ct);
        var recipients = await _directory.UsersOfAsync(procuratorate is { } p ? [referral.FromOrganizationId, p] : [referral.FromOrganizationId], ct);
        var accepted = answer == ReferralStatus.Accepted;
        await _notifier.SendAsync(recipients.ToList(), new NotificationMessage(
            "protection.referral.answer",
            $"{(accepted ? "公安机关已受理移送" : "公安机关退回移送")}：{subject.CaseNumber}",
            $"{(accepted ? "Referral accepted" : "Referral returned")}: {subject.CaseNumber}",
            $"案件“{subject.Title}”：{(accepted ? "已立案受理" : "已退回")}。{referral.AnswerNote}",
            $"Case '{subject.Title}': {(accepted ? "accepted" : "returned")}. {referral.AnswerNote}",
            $"/Protection/Referrals/Detail/{referral.Id:D}"), ct);
        return await GetAsync(actor, id, ct);
    }

    private async Task<IQueryable<CriminalReferral>> VisibleAsync(Actor actor, CancellationToken ct)
    {
        IQueryable<CriminalReferral> referrals = _db.Referrals;
        if (!CaseService.IsCaseStaff(actor) || actor.OrganizationId is not { } org)
        {
            return referrals.Where(_ => false);
        }

        if (actor.IsOfficeLevel || await _directory.IsProcuratorAsync(actor, ct))
        {
            return referrals;
        }

        var cases = _db.Cases;
        return referrals.Where(r => r.ToOrganizationId == org || r.FromOrganizationId == org || cases.Any(c => c.Id == r.CaseId && c.HandlingOrganizationId == org));
    }

    private static NotFoundException NotFound() => new("移送记录不存在或您无权查看。", "The referral does not exist or you may not see it.");
}
