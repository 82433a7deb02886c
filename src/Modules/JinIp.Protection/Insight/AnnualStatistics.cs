using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace JinIp.Protection.Insight;

public sealed record TypeFigures(CaseType CaseType, int Opened, int Closed);

/// <summary>One handling unit's figures for the annual report.</summary>
public sealed record UnitFigures(
    Guid OrganizationId, string Unit, int Opened, int Closed, decimal Fines, decimal PunitiveDamages, int Referrals,
    int Mediated, int MediationFailed, IReadOnlyList<TypeFigures> ByType);

public sealed record AnnualFigures(int Year, IReadOnlyList<UnitFigures> Units)
{
    public int Opened => Units.Sum(u => u.Opened);

    public int Closed => Units.Sum(u => u.Closed);

    public decimal Fines => Units.Sum(u => u.Fines);

    public decimal PunitiveDamages => Units.Sum(u => u.PunitiveDamages);

    public int Referrals => Units.Sum(u => u.Referrals);
}

/// <summary>
/// Figures for each unit's annual report: cases opened (by opening date) and closed (by closing date) in the year by
/// type, fines and punitive damages of cases closed in the year, criminal referrals made in the year, and mediation
/// outcomes of cases closed in the year (an agreement recorded, or mediation tried and failed per the case's history, transition <c>mediation-failed</c>).
/// </summary>
public sealed class AnnualStatistics
{
    private readonly ProtectionDbContext _db;
    private readonly InsightAccess _access;

    internal AnnualStatistics(ProtectionDbContext db, InsightAccess access)
    {
        _db = db;
        _access = access;
    }

    public async Task<AnnualFigures> ComputeAsync(Actor actor, int year, Guid? organizationId, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var from = CaseInsight.ToUtc(new DateOnly(year, 1, 1));
        var to = CaseInsight.ToUtc(new DateOnly(year + 1, 1, 1));
        var visible = CaseScope.Visible(_db, actor);
        if (organizationId is { } org)
        {
            visible = visible.Where(c => c.HandlingOrganizationId == org);
        }

        var cases = await visible.Where(c => (c.OpenedAt >= from && c.OpenedAt < to) || (c.ClosedAt >= from && c.ClosedAt < to))
            .Select(c => new { c.Id, c.HandlingOrganizationId, c.CaseType, c.OpenedAt, c.ClosedAt, c.Fine, c.PunitiveDamages, c.MediationAgreement })
            .ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var failedMediation = (await _db.WorkflowHistory.AsNoTracking()
            .Where(h => ids.Contains(h.SubjectId) && h.Transition == "mediation-failed")
            .Select(h => h.SubjectId).ToListAsync(ct)).ToHashSet();
        var referralQuery = _db.Referrals.AsNoTracking().Where(r => r.ReferredAt >= from && r.ReferredAt < to);
        if (!actor.IsOfficeLevel)
        {
            var own = actor.OrganizationId;
            referralQuery = referralQuery.Where(r => r.FromOrganizationId == own);
        }

        if (organizationId is { } unit)
        {
            referralQuery = referralQuery.Where(r => r.FromOrganizationId == unit);
        }

        var referrals = await referralQuery.GroupBy(r => r.FromOrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var unitIds = cases.Select(c => c.HandlingOrganizationId).Concat(referrals.Select(r => r.Key)).Distinct().ToList();
        var names = await _access.OrganizationNamesAsync(unitIds, ct);
        bool Opened(DateTime at) => at >= from && at < to;
        bool Closed(DateTime? at) => at is { } a && a >= from && a < to;
        var units = unitIds.Select(u =>
        {
            var mine = cases.Where(c => c.HandlingOrganizationId == u).ToList();
            var closed = mine.Where(c => Closed(c.ClosedAt)).ToList();
            return new UnitFigures(
                u,
                names.GetValueOrDefault(u, u.ToString("D")),
                mine.Count(c => Opened(c.OpenedAt)),
                closed.Count,
                closed.Sum(c => c.Fine ?? 0),
                closed.Sum(c => c.PunitiveDamages ?? 0),
                referrals.Where(r => r.Key == u).Sum(r => r.Count),
                closed.Count(c => !string.IsNullOrWhiteSpace(c.MediationAgreement)),
                closed.Count(c => string.IsNullOrWhiteSpace(c.MediationAgreement) && failedMediation.Contains(c.Id)),
                Enum.GetValues<CaseType>().Select(t => new TypeFigures(t, mine.Count(c => c.CaseType == t && Opened(c.OpenedAt)), closed.Count(c => c.CaseType == t)))
                    .Where(t => t.Opened + t.Closed > 0).ToList());
        }).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new AnnualFigures(year, units);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> UnitsAsync(Actor actor, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var ids = await CaseScope.Visible(_db, actor).Select(c => c.HandlingOrganizationId).Distinct().ToListAsync(ct);
        return await _access.OrganizationNamesAsync(ids, ct);
    }

    /// <summary>The figures as a workbook: a sheet by unit and a sheet by unit and case type, with a total row.</summary>
    public static byte[] ToExcel(AnnualFigures figures, bool chinese)
    {
        string H(string zh, string en) => chinese ? zh : en;
        var byUnit = figures.Units.Select(u => new Dictionary<string, object?>
        {
            [H("年度", "Year")] = figures.Year,
            [H("办案单位", "Handling unit")] = u.Unit,
            [H("立案数", "Cases opened")] = u.Opened,
            [H("结案数", "Cases closed")] = u.Closed,
            [H("罚款合计（元）", "Fines (yuan)")] = u.Fines,
            [H("惩罚性赔偿合计（元）", "Punitive damages (yuan)")] = u.PunitiveDamages,
            [H("移送公安数", "Criminal referrals")] = u.Referrals,
            [H("调解成功数", "Mediation agreements")] = u.Mediated,
            [H("调解不成数", "Mediation failed")] = u.MediationFailed,
        }).ToList();
        byUnit.Add(new Dictionary<string, object?>
        {
            [H("年度", "Year")] = figures.Year,
            [H("办案单位", "Handling unit")] = H("合计", "Total"),
            [H("立案数", "Cases opened")] = figures.Opened,
            [H("结案数", "Cases closed")] = figures.Closed,
            [H("罚款合计（元）", "Fines (yuan)")] = figures.Fines,
            [H("惩罚性赔偿合计（元）", "Punitive damages (yuan)")] = figures.PunitiveDamages,
            [H("移送公安数", "Criminal referrals")] = figures.Referrals,
            [H("调解成功数", "Mediation agreements")] = figures.Units.Sum(u => u.Mediated),
            [H("调解不成数", "Mediation failed")] = figures.Units.Sum(u => u.MediationFailed),
        });
        var byType = figures.Units.SelectMany(u => u.ByType.Select(t => new Dictionary<string, object?>
        {
            [H("办案单位", "Handling unit")] = u.Unit,
            [H("案件类型", "Case type")] = InsightNames.OfCaseType(t.CaseType, chinese),
            [H("立案数", "Cases opened")] = t.Opened,
            [H("结案数", "Cases closed")] = t.Closed,
        })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [H("按单位", "By unit")] = byUnit,
            [H("按案件类型", "By case type")] = byType,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
