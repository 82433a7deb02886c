using System.Text.Json;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Patents;

/// <summary>
/// 申请人对比: up to five applicants side by side (optionally within a query): filings, inventions, valid and
/// high-value patents, trend by year, IPC focus and legal status.
/// </summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class CompareModel(PatentIndexHost index) : PageModel
{
    public const int MaxApplicants = 5;

    /// <summary>Applicant names as filed (matched as PA="…").</summary>
    [BindProperty(SupportsGet = true, Name = "a")]
    public List<string> Applicants { get; set; } = [];

    /// <summary>An optional command query the comparison stays within (e.g. a technology field).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public sealed record Column(string Applicant, AnalysisResult Result)
    {
        public int Inventions => Result.ByYearAndType.Where(y => y.Type == PatentType.Invention).Sum(y => y.Count);

        public int Valid => Result.LegalStatuses.Where(s => s.Value == "valid").Sum(s => s.Count);
    }

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The IPC subclasses most used by any of the applicants, with each applicant's count.</summary>
    public IReadOnlyList<(string Code, string? Title, int[] Counts)> Ipc { get; private set; } = [];

    public string? Error { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public void OnGet()
    {
        var names = Applicants.Select(a => a.Trim().Replace("\"", "", StringComparison.Ordinal)).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Applicants = names;
        if (names.Count == 0)
        {
            return;
        }

        if (names.Count > MaxApplicants || names.Any(n => n.Length > 100) || Q is { Length: > 2_000 })
        {
            Error = "CompareTooMany";
            return;
        }

        try
        {
            QueryNode? scope = string.IsNullOrWhiteSpace(Q) ? null : QueryParser.Parse(Q);
            Columns = names.Select(name =>
            {
                var applicant = new TermNode(SearchField.Applicant, name, Quoted: true);
                QueryNode query = scope is null ? applicant : new AndNode([scope, applicant]);
                return new Column(name, index.Searcher.Analyze(query, new AnalysisOptions { TopN = 10, IncludeCoApplicantPairs = false }));
            }).ToList();
        }
        catch (QuerySyntaxException)
        {
            Error = "CompareBadQuery";
            return;
        }

        Years = Columns.SelectMany(c => c.Result.ByYearAndType.Select(y => y.Year)).Distinct().Order().ToList();
        Ipc = Columns.SelectMany(c => c.Result.IpcSubclasses.Take(5))
            .GroupBy(f => f.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Label, Columns.Select(c => c.Result.IpcSubclasses.FirstOrDefault(f => f.Value == g.Key)?.Count ?? 0).ToArray()))
            .OrderByDescending(x => x.Item3.Sum())
            .Take(12)
            .ToList();
        ChartData = JsonSerializer.Serialize(new
        {
            applicants = Columns.Select(c => c.Applicant),
            years = Years,
            trend = Columns.Select(c => Years.Select(y => c.Result.ByYearAndType.Where(t => t.Year == y).Sum(t => t.Count))),
            ipc = Ipc.Select(i => i.Code),
            ipcCounts = Columns.Select((_, col) => Ipc.Select(i => i.Counts[col])),
        });
    }
}
