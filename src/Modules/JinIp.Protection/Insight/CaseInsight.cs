using System.Globalization;
using JinIp.Platform.Audit;
using JinIp.Platform.Identity;
using JinIp.Platform.Notifications;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Insight;

public sealed record CountRow(string Key, int Count);

/// <summary>Case counts by right type, product category, district, platform and month.</summary>
public sealed record Hotspots(int Total, IReadOnlyList<CountRow> ByRightType, IReadOnlyList<CountRow> ByProductCategory, IReadOnlyList<CountRow> ByDistrict, IReadOnlyList<CountRow> ByPlatform, IReadOnlyList<CountRow> ByMonth);

public sealed record InfringerCase(Guid Id, string CaseNumber, string Title, CaseType CaseType, DateTime OpenedAt, string State, string InfringerName);

public sealed record RepeatInfringer(string InfringerKey, IReadOnlyList<string> Names, int Cases, IReadOnlyList<InfringerCase> CaseList);

public sealed record SpikeView(DateOnly WeekStart, string Dimension, string Category, int Count, double Baseline, double Factor, DateTime AlertedAt);

/// <summary>A category whose week is above the rule (found, whether or not already alerted).</summary>
public sealed record Spike(DateOnly WeekStart, string Dimension, string Category, int Count, double Baseline);

/// <summary>
/// Analysis and early warning over cases (work point 12). Every figure is over the cases the actor may see
/// (<see cref="DataScope"/>): the office all, a unit its own.
/// </summary>
public sealed class CaseInsight
{
    public const string RightTypeDimension = "RightType";
    public const string ProductCategoryDimension = "ProductCategory";

    private readonly ProtectionDbContext _db;
    private readonly InsightAccess _access;
    private readonly InsightOptions _options;
    private readonly TimeProvider _clock;
    private readonly Notifier _notifier;
    private readonly IAuditLog _audit;

    internal CaseInsight(ProtectionDbContext db, InsightAccess access, InsightOptions options, TimeProvider clock, Notifier notifier, IAuditLog audit)
    {
        _db = db;
        _access = access;
        _options = options;
        _clock = clock;
        _notifier = notifier;
        _audit = audit;
    }

    public async Task<Hotspots> HotspotsAsync(Actor actor, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var query = CaseScope.Visible(_db, actor);
        if (from is { } f)
        {
            var fromUtc = ToUtc(f);
            query = query.Where(c => c.OpenedAt >= fromUtc);
        }

        if (to is { } t)
        {
            var toUtc = ToUtc(t.AddDays(1));
            query = query.Where(c => c.OpenedAt < toUtc);
        }

        var rows = await query.Select(c => new { c.RightType, c.ProductCategory, c.DistrictCode, c.PlatformName, c.OpenedAt }).ToListAsync(ct);
        static List<CountRow> Count(IEnumerable<string?> keys) => keys.Where(k => !string.IsNullOrWhiteSpace(k)).GroupBy(k => k!)
            .Select(g => new CountRow(g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new Hotspots(
            rows.Count,
            Count(rows.Select(r => r.RightType.ToString())),
            Count(rows.Select(r => r.ProductCategory)),
            Count(rows.Select(r => r.DistrictCode)),
            Count(rows.Select(r => r.PlatformName)),
            Count(rows.Select(r => ChinaDate(r.OpenedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture))).OrderBy(r => r.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>Infringers (matched by normalized name) with at least <paramref name="minimumCases"/> cases, most cases first.</summary>
    public async Task<IReadOnlyList<RepeatInfringer>> RepeatInfringersAsync(Actor actor, int minimumCases = 2, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        minimumCases = Math.Max(2, minimumCases);
        var visible = CaseScope.Visible(_db, actor);
        var keys = await visible.GroupBy(c => c.InfringerKey).Where(g => g.Count() >= minimumCases).Select(g => g.Key).Take(200).ToListAsync(ct);
        var cases = await visible.Where(c => keys.Contains(c.InfringerKey))
            .Select(c => new InfringerCase(c.Id, c.CaseNumber, c.Title, c.CaseType, c.OpenedAt, c.State, c.InfringerName))
            .ToListAsync(ct);
        var byKey = await visible.Where(c => keys.Contains(c.InfringerKey)).Select(c => new { c.Id, c.InfringerKey }).ToListAsync(ct);
        var keyOf = byKey.ToDictionary(x => x.Id, x => x.InfringerKey);
        return cases.GroupBy(c => keyOf[c.Id])
            .Select(g => new RepeatInfringer(g.Key, g.Select(c => c.InfringerName).Distinct().Order(StringComparer.Ordinal).ToList(), g.Count(), g.OrderByDescending(c => c.OpenedAt).ToList()))
            .OrderByDescending(r => r.Cases).ThenBy(r => r.InfringerKey, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<SpikeView>> AlertsAsync(Actor actor, CancellationToken ct = default)
    {
        InsightAccess.RequireOffice(actor);
        return await _db.SpikeAlerts.AsNoTracking().OrderByDescending(a => a.WeekStart).ThenBy(a => a.Dimension).ThenBy(a => a.Category).Take(200)
            .Select(a => new SpikeView(a.WeekStart, a.Dimension, a.Category, a.Count, a.Baseline, a.Factor, a.AlertedAt)).ToListAsync(ct);
    }

    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// The spike rule for the week starting <paramref name="weekStart"/>: per right type and per product category, the
    /// week's count is compared with the mean of the <see cref="InsightOptions.SpikeBaselineWeeks"/> weeks before it; a
    /// spike is a count of at least <see cref="InsightOptions.SpikeMinimumCount"/> that exceeds baseline × factor.
    /// </summary>
    public async Task<IReadOnlyList<Spike>> FindSpikesAsync(DateOnly weekStart, CancellationToken ct = default)
    {
        var weeks = Math.Max(1, _options.SpikeBaselineWeeks);
        var from = ToUtc(weekStart.AddDays(-7 * weeks));
        var to = ToUtc(weekStart.AddDays(7));
        var rows = await _db.Cases.AsNoTracking().Where(c => c.OpenedAt >= from && c.OpenedAt < to)
            .Select(c => new { c.RightType, c.ProductCategory, c.OpenedAt }).ToListAsync(ct);
        var spikes = new List<Spike>();
        foreach (var (dimension, items) in new[]
        {
            (RightTypeDimension, rows.Select(r => (Key: (string?)r.RightType.ToString(), r.OpenedAt))),
            (ProductCategoryDimension, rows.Select(r => (Key: r.ProductCategory, r.OpenedAt))),
        })
        {
            foreach (var group in items.Where(i => !string.IsNullOrWhiteSpace(i.Key)).GroupBy(i => i.Key!.Trim()))
            {
                var thisWeek = group.Count(i => WeekStartOf(ChinaDate(i.OpenedAt)) == weekStart);
                var before = group.Count(i => WeekStartOf(ChinaDate(i.OpenedAt)) < weekStart);
                var baseline = (double)before / weeks;
                if (thisWeek >= _options.SpikeMinimumCount && thisWeek > baseline * _options.SpikeFactor)
                {
                    spikes.Add(new Spike(weekStart, dimension, group.Key, thisWeek, Math.Round(baseline, 2)));
                }
            }
        }

        return spikes.OrderBy(s => s.Dimension, StringComparer.Ordinal).ThenBy(s => s.Category, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Checks the current week (so far) and the week before, and tells the office once about each new spike.
    /// Returns the alerts sent now.
    /// </summary>
    public async Task<IReadOnlyList<Spike>> CheckAndAlertAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);
        var current = WeekStartOf(today);
        var sent = new List<Spike>();
        foreach (var week in new[] { current.AddDays(-7), current })
        {
            foreach (var spike in await FindSpikesAsync(week, ct))
            {
                if (await _db.SpikeAlerts.AnyAsync(a => a.WeekStart == spike.WeekStart && a.Dimension == spike.Dimension && a.Category == spike.Category, ct))
                {
                    continue;
                }

                var recipients = await _access.OfficeUserIdsAsync(ct);
                var alert = new SpikeAlert
                {
                    Id = Guid.NewGuid(),
                    WeekStart = spike.WeekStart,
                    Dimension = spike.Dimension,
                    Category = spike.Category,
                    Count = spike.Count,
                    Baseline = spike.Baseline,
                    Factor = _options.SpikeFactor,
                    AlertedAt = _clock.GetUtcNow().UtcDateTime,
                    Recipients = recipients.Count,
                };
                await using var transaction = await _db.Database.BeginTransactionAsync(ct);
                _db.SpikeAlerts.Add(alert);
                try
                {
                    await _db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // Another node recorded the same spike first: it has told the office.
                    _db.ChangeTracker.Clear();
                    continue;
                }

                await _audit.AppendAsync(_db, new AuditRecord("insight.spike-alert", "spike-alert", alert.Id.ToString("D"), After: spike) { Actor = Actor.System("system:spike-alert") }, ct);
                await transaction.CommitAsync(ct);
                var (zh, en) = CategoryNames(spike.Dimension, spike.Category);
                var weekText = spike.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await _notifier.SendAsync(recipients, new NotificationMessage(
                    "protection.spike",
                    $"案件激增预警：{zh}",
                    $"Case spike warning: {en}",
                    $"{weekText} 起的一周内，{zh} 新立案 {spike.Count} 件，超过前 {_options.SpikeBaselineWeeks} 周平均 {spike.Baseline:0.##} 件的 {_options.SpikeFactor:0.##} 倍。",
                    $"In the week from {weekText}, {spike.Count} new cases of {en}, above {_options.SpikeFactor:0.##} × the mean of the previous {_options.SpikeBaselineWeeks} weeks ({spike.Baseline:0.##}).",
                    "/Protection/Insight"), ct);
                sent.Add(spike);
            }
        }

        return sent;
    }

    public static (string Zh, string En) CategoryNames(string dimension, string category) => dimension == RightTypeDimension && Enum.TryParse<RightType>(category, out var type)
        ? ("权利类型 " + InsightNames.RightTypeZh(type), "right type " + InsightNames.RightTypeEn(type))
        : ("商品类别 " + category, "product category " + category);

    internal static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkflowEngine.ChinaTime));

    internal static DateTime ToUtc(DateOnly chinaDay) => TimeZoneInfo.ConvertTimeToUtc(chinaDay.ToDateTime(TimeOnly.MinValue), WorkflowEngine.ChinaTime);
}

/// <summary>Chinese and English names of the module's values for charts, tables and exports.</summary>
public static class InsightNames
{
    public static string RightTypeZh(RightType t) => t switch
    {
        RightType.Patent => "专利",
        RightType.Trademark => "商标",
        RightType.Copyright => "著作权",
        RightType.GeographicIndication => "地理标志",
        RightType.TimeHonoredBrand => "老字号",
        RightType.PlantVariety => "植物新品种",
        RightType.TradeSecret => "商业秘密",
        _ => t.ToString(),
    };

    public static string RightTypeEn(RightType t) => t switch
    {
        RightType.GeographicIndication => "Geographical indication",
        RightType.TimeHonoredBrand => "Time-honoured brand",
        RightType.PlantVariety => "Plant variety",
        RightType.TradeSecret => "Trade secret",
        _ => t.ToString(),
    };

    public static string CaseTypeZh(CaseType t) => t switch
    {
        CaseType.PatentInfringementDispute => "专利侵权纠纷",
        CaseType.CounterfeitPatentMarking => "假冒专利",
        CaseType.TrademarkInfringement => "商标侵权",
        CaseType.CopyrightPiracy => "侵权盗版",
        CaseType.GeographicIndicationMisuse => "地理标志侵权",
        CaseType.PlantVarietyInfringement => "植物新品种侵权",
        CaseType.CustomsSeizure => "海关扣留",
        CaseType.OnlineTakedown => "网络侵权下架",
        _ => t.ToString(),
    };

    public static string CaseTypeEn(CaseType t) => t switch
    {
        CaseType.PatentInfringementDispute => "Patent infringement dispute",
        CaseType.CounterfeitPatentMarking => "Counterfeit patent marking",
        CaseType.TrademarkInfringement => "Trademark infringement",
        CaseType.CopyrightPiracy => "Copyright piracy",
        CaseType.GeographicIndicationMisuse => "GI misuse",
        CaseType.PlantVarietyInfringement => "Plant variety infringement",
        CaseType.CustomsSeizure => "Customs seizure",
        CaseType.OnlineTakedown => "Online takedown",
        _ => t.ToString(),
    };

    public static string OfRightType(RightType t, bool zh) => zh ? RightTypeZh(t) : RightTypeEn(t);

    public static string OfCaseType(CaseType t, bool zh) => zh ? CaseTypeZh(t) : CaseTypeEn(t);
}
