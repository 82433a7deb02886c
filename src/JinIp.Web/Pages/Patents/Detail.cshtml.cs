using JinIp.Patents;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;
using JinIp.PatentSearch.Searching;
using JinIp.Platform.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Patents;

/// <summary>One patent: bibliographic data, claims, legal-status timeline, IPC with titles, industries, high-value criteria, similar patents.</summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class DetailModel(PatentStore store, PatentIndexHost index, TimeProvider clock) : PageModel
{
    public PatentRecord Patent { get; private set; } = null!;

    public IReadOnlyList<(string Code, string? Title)> Ipcs { get; private set; } = [];

    public IReadOnlyList<StrategicEmergingIndustry> Industries { get; private set; } = [];

    public HighValueReasons HighValue { get; private set; }

    public IReadOnlyList<PatentHit> Similar { get; private set; } = [];

    public DateOnly? TermEnds { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 40)
        {
            return NotFound();
        }

        var normalized = ApplicationNumber.TryParse(key, out var number) ? number.ToString() : key.Trim().ToUpperInvariant();
        var patent = await store.FindAsync(normalized, cancellationToken);
        if (patent is null)
        {
            return NotFound();
        }

        Patent = patent;
        Ipcs = patent.Ipcs.Select(i => (i.Display, IpcScheme.TitleOf(i) ?? (i.Subclass is { } sub ? IpcScheme.TitleOf(sub) : null))).ToList();
        Industries = StrategicEmergingIndustries.ForIpcs(patent.Ipcs).Select(StrategicEmergingIndustries.Find).OfType<StrategicEmergingIndustry>().ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);
        HighValue = HighValueCriteria.Evaluate(patent, today);
        TermEnds = patent.ApplicationDate is { } filed ? PatentTerm.LastDay(patent.Type, filed) : null;
        Similar = FindSimilar(patent);
        return Page();
    }

    /// <summary>Patents sharing the main IPC subclass and words of the title, best first, without this one.</summary>
    private List<PatentHit> FindSimilar(PatentRecord patent)
    {
        var title = new string(patent.Title.Where(char.IsLetterOrDigit).ToArray());
        if (title.Length < 2)
        {
            return [];
        }

        // Overlapping 4-character pieces of the title, ORed: a cheap "more like this" that ranks by shared phrases.
        var pieces = Enumerable.Range(0, Math.Max(1, title.Length - 3)).Select(i => title.Substring(i, Math.Min(4, title.Length - i))).Distinct().Take(12);
        var query = "TI=(" + string.Join(" OR ", pieces.Select(p => "\"" + p + "\"")) + ")";
        if (patent.MainIpc?.Subclass is { } subclass)
        {
            query += " AND IC=" + subclass + "*";
        }

        try
        {
            return index.Searcher.Search(query, new SearchRequest { Limit = 6 }).Hits.Where(h => h.Key != patent.Key).Take(5).ToList();
        }
        catch (JinIp.PatentSearch.Querying.QuerySyntaxException)
        {
            return [];
        }
    }
}
