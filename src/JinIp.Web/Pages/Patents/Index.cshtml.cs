using System.Globalization;
using System.Text;
using JinIp.Patents.Indexing;
using JinIp.Patents.Searches;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Patents;

/// <summary>
/// 专利检索: simple (one box, field guessed), form (field boxes) and command search (CNIPA syntax), with result
/// filters counted over the whole result set. Public: no sign-in needed.
/// </summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class IndexModel(PatentIndexHost index, SearchHistoryService history) : PageModel
{
    public static readonly int[] PageSizes = [10, 20, 50, 100];

    [BindProperty(SupportsGet = true)]
    public string Mode { get; set; } = "simple";

    /// <summary>The simple box or the command query.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public FormFields Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "relevance";

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public List<string> Type { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string> Ls { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string> Region { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string> Ipc { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>One row per patent family.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Family { get; set; }

    public sealed class FormFields
    {
        public string? Ti { get; set; }

        public string? Ab { get; set; }

        public string? Pa { get; set; }

        public string? In { get; set; }

        public string? Ic { get; set; }

        public DateOnly? AdFrom { get; set; }

        public DateOnly? AdTo { get; set; }

        public bool IsEmpty => new[] { Ti, Ab, Pa, In, Ic }.All(string.IsNullOrWhiteSpace) && AdFrom is null && AdTo is null;
    }

    public string? CanonicalQuery { get; private set; }

    public SearchResult? Result { get; private set; }

    public AnalysisResult? Facets { get; private set; }

    public QuerySyntaxException? QueryError { get; private set; }

    public string? InputError { get; private set; }

    public int PageCount => Result is null ? 0 : (int)Math.Ceiling(Math.Min(Result.TotalHits, 10_000) / (double)Size);

    /// <summary>The query as the searcher wrote it, when it differs from <see cref="CanonicalQuery"/> (it used #n).</summary>
    public string? WrittenQuery { get; private set; }

    /// <summary>This search's number in the signed-in user's history.</summary>
    public int? HistoryNumber { get; private set; }

    public IReadOnlyList<SearchHistoryEntry> History { get; private set; } = [];

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = SignedIn ? Hosting.HttpActorAccessor.FromContext(HttpContext).UserId : null;
        var resolver = userId is { } id ? await history.ResolverAsync(id, cancellationToken) : null;
        await SearchAsync(userId, resolver, cancellationToken);
        if (userId is { } uid)
        {
            History = await history.ListAsync(uid, 20, cancellationToken);
        }
    }

    private async Task SearchAsync(Guid? userId, Func<int, QueryNode?>? resolver, CancellationToken cancellationToken)
    {
        if (!PageSizes.Contains(Size))
        {
            Size = 20;
        }

        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, 10_000 / Size));
        var query = BuildQuery();
        if (query is null)
        {
            return;
        }

        try
        {
            var written = Mode == "simple" ? SimpleSearch.Guess(query) : QueryParser.Parse(query);

            // Links (analysis, export, applicant filters) carry the query with #n replaced, so they work on their own.
            var parsed = HistoryExpansion.ContainsReference(written)
                ? HistoryExpansion.Expand(written, resolver ?? (_ => null))
                : written;
            CanonicalQuery = parsed.ToString();
            WrittenQuery = ReferenceEquals(parsed, written) ? null : written.ToString();
            var filters = Filters();
            Result = index.Searcher.Search(parsed, new SearchRequest
            {
                Sort = Sort == "date" ? SearchSort.ApplicationDateDescending : SearchSort.Relevance,
                Offset = (PageNumber - 1) * Size,
                Limit = Size,
                Filters = filters,
                CollapseFamilies = Family,
            });
            if (userId is { } id)
            {
                var number = await history.RecordAsync(id, written, Mode, Result.TotalHits, resolver!, cancellationToken);
                HistoryNumber = number > 0 ? number : null;
            }

            if (Result.TotalHits > 0)
            {
                Facets = index.Searcher.Analyze(parsed, new AnalysisOptions { TopN = 10, Filters = filters, IncludeCoApplicantPairs = false });
            }
        }
        catch (QuerySyntaxException ex)
        {
            QueryError = ex;
        }
    }

    /// <summary>The query text the mode produces; null when there is nothing to search yet.</summary>
    private string? BuildQuery()
    {
        if (Mode == "form")
        {
            if (Form.IsEmpty)
            {
                return null;
            }

            var parts = new List<string>();
            Add(parts, "TI", Form.Ti);
            Add(parts, "AB", Form.Ab);
            Add(parts, "PA", Form.Pa);
            Add(parts, "IN", Form.In);
            if (!string.IsNullOrWhiteSpace(Form.Ic))
            {
                // A code is letters, digits and '/': anything else is dropped, and it is searched by prefix (H01M → H01M*).
                var code = new string(Form.Ic.ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '/').ToArray());
                if (code.Length > 0)
                {
                    parts.Add("IC=" + code + "*");
                }
            }

            if (Form.AdFrom is { } from)
            {
                parts.Add("AD>=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (Form.AdTo is { } to)
            {
                parts.Add("AD<=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? null : string.Join(" AND ", parts);
        }

        if (string.IsNullOrWhiteSpace(Q))
        {
            return null;
        }

        if (Q.Length > 2_000)
        {
            InputError = "QueryTooLong";
            return null;
        }

        return Q.Trim();
    }

    private static void Add(List<string> parts, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{field}={Quote(value.Trim())}");
        }
    }

    /// <summary>A form value is searched as written: quoted, so operators and brackets in it are plain text.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\"", "", StringComparison.Ordinal) + "\"";

    private SearchFilters Filters() => new()
    {
        Types = Type.Select(t => Enum.TryParse<PatentType>(t, out var v) ? v : (PatentType?)null).OfType<PatentType>().ToList(),
        LegalStatuses = Ls.Select(t => Enum.TryParse<LegalStatus>(t, ignoreCase: true, out var v) ? v : (LegalStatus?)null).OfType<LegalStatus>().ToList(),
        RegionCodes = Region.Where(r => r.Length is 2 or 4 or 6 && r.All(char.IsAsciiDigit)).ToList(),
        IpcCodes = Ipc.Where(i => i.Length <= 16).ToList(),
        ApplicationYearFrom = Year,
        ApplicationYearTo = Year,
    };

    /// <summary>This page's address with one parameter changed (a filter added or removed, another page).</summary>
    public string Link(string? name = null, string? value = null, bool toggle = false, int? page = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        foreach (var (key, values) in Request.Query)
        {
            if (key is "p" or "handler")
            {
                continue;
            }

            foreach (var v in values)
            {
                if (toggle && key == name && v == value)
                {
                    continue;
                }

                if (!toggle && key == name)
                {
                    continue;
                }

                query.Add(new(key, v));
            }
        }

        var present = Request.Query.TryGetValue(name ?? "", out var existing) && existing.Contains(value);
        if (name is not null && value is not null && !(toggle && present))
        {
            query.Add(new(name, value));
        }

        if (page is > 1)
        {
            query.Add(new("p", page.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return "/Patents" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>The resource key of a legal-status facet value (the engine's lower-case code).</summary>
    public static string StatusKey(string code) => Enum.TryParse<LegalStatus>(code, ignoreCase: true, out var status) ? $"LegalStatus.{status}" : code;

    public bool IsActive(string name, string value) => Request.Query.TryGetValue(name, out var values) && values.Contains(value);

    /// <summary>The query with the error position marked, for the command box.</summary>
    public string MarkedQuery()
    {
        var text = Q ?? "";
        var position = Math.Clamp(QueryError?.Position ?? 0, 0, text.Length);
        var builder = new StringBuilder();
        builder.Append(System.Net.WebUtility.HtmlEncode(text[..position]));
        builder.Append("<mark class=\"query-error\">").Append(position < text.Length ? System.Net.WebUtility.HtmlEncode(text[position].ToString()) : "␣").Append("</mark>");
        if (position + 1 < text.Length)
        {
            builder.Append(System.Net.WebUtility.HtmlEncode(text[(position + 1)..]));
        }

        return builder.ToString();
    }
}
