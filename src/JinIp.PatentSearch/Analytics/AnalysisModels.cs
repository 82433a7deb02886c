using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Analytics;

public sealed record AnalysisOptions
{
    /// <summary>How many entries each ranked list keeps (applicants, inventors, IPC groups, pairs…).</summary>
    public int TopN { get; init; } = 20;

    /// <summary>Co-applicant pairs cost a dictionary entry per distinct pair; off when the network is not shown.</summary>
    public bool IncludeCoApplicantPairs { get; init; } = true;

    public SearchFilters? Filters { get; init; }

    public Func<int, QueryNode?>? History { get; init; }
}

/// <summary>A value, its display label (IPC title, district name …) where there is one, and its count.</summary>
public sealed record FacetCount(string Value, string? Label, int Count);

public sealed record YearTypeCount(int Year, PatentType Type, int Count);

public sealed record PairCount(string First, string Second, int Count);

/// <summary>Counts over the full result set of a query.</summary>
public sealed record AnalysisResult
{
    public required int TotalHits { get; init; }

    /// <summary>Application trend: every (year, type) with at least one hit, by year then type.</summary>
    public required IReadOnlyList<YearTypeCount> ByYearAndType { get; init; }

    public required IReadOnlyList<FacetCount> TopApplicants { get; init; }

    public required IReadOnlyList<FacetCount> ApplicantTypes { get; init; }

    public required IReadOnlyList<FacetCount> TopInventors { get; init; }

    public required IReadOnlyList<FacetCount> TopAgencies { get; init; }

    public required IReadOnlyList<FacetCount> IpcSections { get; init; }

    public required IReadOnlyList<FacetCount> IpcClasses { get; init; }

    public required IReadOnlyList<FacetCount> IpcSubclasses { get; init; }

    public required IReadOnlyList<FacetCount> IpcMainGroups { get; init; }

    public required IReadOnlyList<FacetCount> StrategicEmergingIndustries { get; init; }

    /// <summary>By the most precise region code known (a Tianjin district code for Tianjin applicants).</summary>
    public required IReadOnlyList<FacetCount> Regions { get; init; }

    public required IReadOnlyList<FacetCount> LegalStatuses { get; init; }

    public required IReadOnlyList<PairCount> CoApplicantPairs { get; init; }

    /// <summary>Valid invention patents meeting at least one CNIPA high-value criterion.</summary>
    public required int HighValueInventionPatents { get; init; }
}
