using System.Text.Json;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Patents;

/// <summary>
/// 专利分析: charts of a command query's whole result set (trend by year and type, applicants, inventors, IPC,
/// industries, districts, legal status), each with its data table as the accessible alternative.
/// </summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class AnalysisModel(PatentIndexHost index) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public AnalysisResult? Result { get; private set; }

    public string? CanonicalQuery { get; private set; }

    public QuerySyntaxException? QueryError { get; private set; }

    /// <summary>The figures the charts draw, as JSON in a data attribute (no inline script under the CSP).</summary>
    public string ChartData { get; private set; } = "{}";

    /// <summary>Each chart's figures as a table (shown under the chart, downloadable as Excel).</summary>
    public IReadOnlyList<AnalysisTable> Tables { get; private set; } = [];

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q) || Q.Length > 2_000)
        {
            return;
        }

        try
        {
            var query = QueryParser.Parse(Q);
            CanonicalQuery = query.ToString();
            Result = index.Searcher.Analyze(query, new AnalysisOptions { TopN = 15, IncludeCoApplicantPairs = true });
            Tables = AnalysisTables.Build(Result, JinIp.Platform.Errors.UiCulture.IsCurrentChinese);
            ChartData = JsonSerializer.Serialize(new
            {
                years = Result.ByYearAndType.Select(y => y.Year).Distinct().Order().ToList(),
                types = Result.ByYearAndType.GroupBy(y => y.Type).Select(g => new { type = g.Key.ToString(), counts = g.ToDictionary(y => y.Year, y => y.Count) }),
                applicants = Result.TopApplicants.Select(f => new { name = f.Value, value = f.Count }),
                inventors = Result.TopInventors.Select(f => new { name = f.Value, value = f.Count }),
                ipc = Result.IpcSubclasses.Select(f => new { name = f.Value, label = f.Label, value = f.Count }),
                regions = Result.Regions.Take(20).Select(f => new { name = f.Label ?? f.Value, value = f.Count }),
                statuses = Tables.Single(t => t.Id == "status").Rows.Select(row => new { name = row[0], value = row[1] }),
                industries = Result.StrategicEmergingIndustries.Select(f => new { name = f.Label ?? f.Value, value = f.Count }),
                pairs = Result.CoApplicantPairs.Select(p => new { source = p.First, target = p.Second, value = p.Count }),
                highValue = new
                {
                    inventions = Result.ByYearAndType.Where(y => y.Type == JinIp.PatentSearch.Records.PatentType.Invention).Sum(y => y.Count),
                    highValue = Result.HighValueInventionPatents,
                    labels = Tables.Single(t => t.Id == "highvalue").Rows.Select(row => row[0]).ToList(),
                    other = JinIp.Platform.Errors.UiCulture.IsCurrentChinese ? "其他发明专利" : "Other invention patents",
                },
            });
        }
        catch (QuerySyntaxException ex)
        {
            QueryError = ex;
        }
    }
}
