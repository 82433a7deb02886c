using JinIp.Creation.Data;
using JinIp.Creation.Registrations;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace JinIp.Creation.Statistics;

/// <summary>One row of a comparison: this period against the same period of the year before.</summary>
public sealed record ComparisonRow(string Key, string Label, int ThisYear, int LastYear)
{
    /// <summary>Growth in percent, null when last year had none.</summary>
    public double? GrowthPercent => LastYear == 0 ? null : Math.Round((ThisYear - LastYear) * 100.0 / LastYear, 1);
}

/// <summary>Registrations by month, work type and district for a year against the same period of the year before.</summary>
public sealed record RegistrationStatistics(
    int Year,
    int ThroughMonth,
    int FiledThisYear,
    int FiledLastYear,
    IReadOnlyList<ComparisonRow> ByMonth,
    IReadOnlyList<ComparisonRow> ByType,
    IReadOnlyList<ComparisonRow> ByDistrict)
{
    public int RegisteredThisYear => ByMonth.Sum(r => r.ThisYear);

    public int RegisteredLastYear => ByMonth.Sum(r => r.LastYear);
}

/// <summary>
/// Counts registered works (by registration date) and filings (by submission date). For the current year the
/// comparison runs to the current month, so a growing year is not compared with a whole past year.
/// </summary>
public sealed class CopyrightStatistics
{
    private readonly CreationDbContext _db;
    private readonly CopyrightWorkflow _workflow;

    internal CopyrightStatistics(CreationDbContext db, CopyrightWorkflow workflow)
    {
        _db = db;
        _workflow = workflow;
    }

    public async Task<RegistrationStatistics> ComputeAsync(int year, bool chinese, CancellationToken ct = default)
    {
        var today = _workflow.Today;
        var through = year == today.Year ? today.Month : 12;
        var from = new DateOnly(year - 1, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var registered = await _db.Registrations.AsNoTracking()
            .Where(r => r.RegisteredOn != null && r.RegisteredOn >= from && r.RegisteredOn <= to)
            .Select(r => new { On = r.RegisteredOn!.Value, r.WorkType, r.DistrictCode })
            .ToListAsync(ct);
        var fromUtc = new DateTime(year - 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var submitted = await _db.Registrations.AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.SubmittedAt >= fromUtc)
            .Select(r => r.SubmittedAt!.Value)
            .ToListAsync(ct);
        var filed = submitted.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(s, DateTimeKind.Utc), Platform.Workflow.WorkflowEngine.ChinaTime))).ToList();

        bool InPeriod(DateOnly d, int y) => d.Year == y && d.Month <= through;
        var current = registered.Where(r => InPeriod(r.On, year)).ToList();
        var previous = registered.Where(r => InPeriod(r.On, year - 1)).ToList();

        var byMonth = Enumerable.Range(1, through).Select(m => new ComparisonRow(
            m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            chinese ? $"{m}月" : System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m),
            current.Count(r => r.On.Month == m),
            previous.Count(r => r.On.Month == m))).ToList();
        var byType = Enum.GetValues<WorkType>().Select(t => new ComparisonRow(
            t.ToString(),
            chinese ? WorkTypes.NameZh(t) : WorkTypes.NameEn(t),
            current.Count(r => r.WorkType == t),
            previous.Count(r => r.WorkType == t))).ToList();
        var byDistrict = TianjinDistricts.All.Select(d => new ComparisonRow(
            d.Code,
            chinese ? d.Name : d.Code + " " + d.Name,
            current.Count(r => r.DistrictCode == d.Code),
            previous.Count(r => r.DistrictCode == d.Code))).ToList();
        return new RegistrationStatistics(year, through, filed.Count(d => InPeriod(d, year)), filed.Count(d => InPeriod(d, year - 1)), byMonth, byType, byDistrict);
    }

    /// <summary>The same figures as an Excel workbook: one sheet per breakdown.</summary>
    public static byte[] ToExcel(RegistrationStatistics statistics, bool chinese)
    {
        var year = statistics.Year;
        IEnumerable<Dictionary<string, object?>> Sheet(IEnumerable<ComparisonRow> rows, string keyHeader) => rows.Select(r => new Dictionary<string, object?>
        {
            [keyHeader] = r.Label,
            [chinese ? $"{year}年" : $"{year}"] = r.ThisYear,
            [chinese ? $"{year - 1}年同期" : $"{year - 1} same period"] = r.LastYear,
            [chinese ? "增长率(%)" : "Growth (%)"] = r.GrowthPercent,
        });

        var sheets = new Dictionary<string, object>
        {
            [chinese ? "按月" : "By month"] = Sheet(statistics.ByMonth, chinese ? "月份" : "Month").ToList(),
            [chinese ? "按作品类别" : "By work type"] = Sheet(statistics.ByType, chinese ? "作品类别" : "Work type").ToList(),
            [chinese ? "按区" : "By district"] = Sheet(statistics.ByDistrict, chinese ? "区" : "District").ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
