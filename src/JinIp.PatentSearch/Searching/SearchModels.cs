using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Searching;

public enum SearchSort
{
    /// <summary>BM25, title over abstract over claims.</summary>
    Relevance,

    /// <summary>Newest application date first.</summary>
    ApplicationDateDescending,

    ApplicationDateAscending,

    /// <summary>Newest first publication first.</summary>
    PublicationDateDescending,
}

/// <summary>Restrictions from the result page's side panel, applied without changing relevance.</summary>
public sealed record SearchFilters
{
    public int? ApplicationYearFrom { get; init; }

    public int? ApplicationYearTo { get; init; }

    public IReadOnlyList<PatentType> Types { get; init; } = [];

    public IReadOnlyList<LegalStatus> LegalStatuses { get; init; } = [];

    /// <summary>Province, city or district codes (12, 1201, 120116).</summary>
    public IReadOnlyList<string> RegionCodes { get; init; } = [];

    /// <summary>IPC codes at any level (H01M, H01M10/00).</summary>
    public IReadOnlyList<string> IpcCodes { get; init; } = [];

    public bool HighValueOnly { get; init; }
}

public sealed record SearchRequest
{
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Offset { get; init; }

    /// <summary>Hits to return; 0 returns only the total count.</summary>
    public int Limit { get; init; } = 20;

    public SearchFilters? Filters { get; init; }

    /// <summary>Resolves <c>#n</c> references to the caller's search history; null when there is none.</summary>
    public Func<int, QueryNode?>? History { get; init; }

    /// <summary>Characters of abstract around the first match in <see cref="PatentHit.AbstractSnippet"/>.</summary>
    public int SnippetLength { get; init; } = 160;

    /// <summary>
    /// One row per patent family (its best-ranked member); <see cref="SearchResult.TotalHits"/> then counts families
    /// and <see cref="PatentHit.FamilyHits"/> how many of the family's members matched.
    /// </summary>
    public bool CollapseFamilies { get; init; }
}

/// <summary>One result row: what a result list shows, with matches wrapped in &lt;em&gt; (HTML-escaped text).</summary>
public sealed record PatentHit(
    string Key,
    string? ApplicationNumber,
    IReadOnlyList<string> PublicationNumbers,
    string Title,
    string TitleHighlighted,
    string AbstractSnippet,
    DateOnly? ApplicationDate,
    PatentType Type,
    LegalStatus LegalStatus,
    IReadOnlyList<string> Applicants,
    string? MainIpc,
    float Score)
{
    /// <summary>With <see cref="SearchRequest.CollapseFamilies"/>: the family's members among the hits (1 when alone).</summary>
    public int FamilyHits { get; init; } = 1;
}

public sealed record SearchResult(QueryNode Query, int TotalHits, IReadOnlyList<PatentHit> Hits);
