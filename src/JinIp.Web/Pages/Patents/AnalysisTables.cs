using System.Globalization;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Records;
using JinIp.Web.Api;

namespace JinIp.Web.Pages.Patents;

/// <summary>One chart's figures as a table: what the page shows under the chart and what its Excel download holds.</summary>
public sealed record AnalysisTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<object[]> Rows)
{
    /// <summary>Rows as header → value, the shape the Excel writer takes.</summary>
    public IEnumerable<Dictionary<string, object>> AsRecords() =>
        Rows.Select(row => Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal));
}

/// <summary>The analysis of a result set as tables, one per chart, in the caller's language.</summary>
public static class AnalysisTables
{
    public static readonly IReadOnlyList<string> Ids = ["trend", "applicants", "inventors", "ipc", "industries", "regions", "status", "coapplicants", "highvalue"];

    public static IReadOnlyList<AnalysisTable> Build(AnalysisResult r, bool zh)
    {
        string T(string chinese, string english) => zh ? chinese : english;
        var count = T("专利数", "Patents");
        var types = Enum.GetValues<PatentType>();
        var inventions = r.ByYearAndType.Where(y => y.Type == PatentType.Invention).Sum(y => y.Count);
        return
        [
            new("trend", T("申请趋势（按年份和类型）", "Filings by year and type"),
                [T("申请年", "Year"), .. types.Select(t => zh ? t.ChineseName() : PatentExportApi.TypeName(t)), T("合计", "Total")],
                r.ByYearAndType.GroupBy(y => y.Year).OrderBy(g => g.Key)
                    .Select(g => new object[] { g.Key.ToString(CultureInfo.InvariantCulture) }
                        .Concat(types.Select(t => (object)g.Where(y => y.Type == t).Sum(y => y.Count)))
                        .Append(g.Sum(y => y.Count)).ToArray())
                    .ToList()),
            new("applicants", T("主要申请人", "Top applicants"), [T("申请人", "Applicant"), count], Facets(r.TopApplicants)),
            new("inventors", T("主要发明人", "Top inventors"), [T("发明人", "Inventor"), count], Facets(r.TopInventors)),
            new("ipc", T("IPC 构成（小类）", "IPC composition (subclasses)"), [T("IPC 小类", "IPC subclass"), T("类名", "Title"), count],
                r.IpcSubclasses.Select(f => new object[] { f.Value, f.Label ?? "", f.Count }).ToList()),
            new("industries", T("战略性新兴产业", "Strategic emerging industries"), [T("产业", "Industry"), T("代码", "Code"), count],
                r.StrategicEmergingIndustries.Select(f => new object[] { f.Label ?? f.Value, f.Value, f.Count }).ToList()),
            new("regions", T("地区分布", "By region"), [T("地区", "Region"), T("区划代码", "Division code"), count],
                r.Regions.Take(30).Select(f => new object[] { f.Label ?? f.Value, f.Value, f.Count }).ToList()),
            new("status", T("法律状态", "Legal status"), [T("法律状态", "Legal status"), count],
                r.LegalStatuses.Select(f => new object[] { StatusLabel(f, zh), f.Count }).ToList()),
            new("coapplicants", T("合作申请网络（共同申请人）", "Co-applicant network"), [T("申请人一", "Applicant 1"), T("申请人二", "Applicant 2"), T("共同申请数", "Joint filings")],
                r.CoApplicantPairs.Select(p => new object[] { p.First, p.Second, p.Count }).ToList()),
            new("highvalue", T("高价值发明专利占比", "High-value invention patents"), [T("项目", "Item"), T("数量", "Count")],
            [
                [T("发明专利", "Invention patents"), inventions],
                [T("其中高价值发明专利", "of which high-value"), r.HighValueInventionPatents],
                [T("占比", "Share"), inventions == 0 ? "—" : ((double)r.HighValueInventionPatents / inventions).ToString("P1", zh ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.InvariantCulture)],
            ]),
        ];
    }

    private static List<object[]> Facets(IEnumerable<FacetCount> facets) => facets.Select(f => new object[] { f.Label ?? f.Value, f.Count }).ToList();

    private static string StatusLabel(FacetCount f, bool zh) =>
        !zh && Enum.TryParse<LegalStatus>(f.Value, ignoreCase: true, out var status) ? PatentExportApi.StatusName(status) : f.Label ?? f.Value;
}
