namespace JinIp.PatentSearch.Records;

/// <summary>
/// One patent application with its bibliographic data, texts and legal status: the unit the index stores and the
/// importers produce. Identity is the application number, or the first publication number when the source has none.
/// </summary>
public sealed record PatentRecord
{
    public ApplicationNumber? ApplicationNumber { get; init; }

    public IReadOnlyList<Publication> Publications { get; init; } = [];

    public required PatentType Type { get; init; }

    public required string Title { get; init; }

    public string? Abstract { get; init; }

    public string? Claims { get; init; }

    /// <summary>Applicants in filing order; the first is the first-named applicant.</summary>
    public IReadOnlyList<Party> Applicants { get; init; } = [];

    /// <summary>Current right holders (权利人), after transfers; empty means the applicants.</summary>
    public IReadOnlyList<Party> RightHolders { get; init; } = [];

    public IReadOnlyList<string> Inventors { get; init; } = [];

    public string? Agency { get; init; }

    public IReadOnlyList<string> Agents { get; init; } = [];

    public IpcCode? MainIpc { get; init; }

    /// <summary>All IPC codes including the main one.</summary>
    public IReadOnlyList<IpcCode> Ipcs { get; init; } = [];

    public DateOnly? ApplicationDate { get; init; }

    public DateOnly? GrantDate { get; init; }

    public IReadOnlyList<Priority> Priorities { get; init; } = [];

    /// <summary>The first applicant's address as filed.</summary>
    public string? Address { get; init; }

    /// <summary>Province, city and district inferred from <see cref="Address"/> (or given by the source).</summary>
    public RegionCode? Region { get; init; }

    public LegalStatus LegalStatus { get; init; } = LegalStatus.Pending;

    public IReadOnlyList<LegalEvent> LegalEvents { get; init; } = [];

    public string? FamilyId { get; init; }

    /// <summary>A family member has been granted by an office outside China (high-value criterion 2).</summary>
    public bool HasOverseasGrant { get; init; }

    public IReadOnlyList<PatentAward> Awards { get; init; } = [];

    /// <summary>The key the index and the database agree on: the application number, else the first publication number.</summary>
    public string Key => ApplicationNumber?.ToString()
        ?? (Publications.Count > 0 ? Publications[0].Number.ToString() : throw new InvalidOperationException("A patent record needs an application or publication number."));

    /// <summary>The earliest publication date, which is what PD sorts on.</summary>
    public DateOnly? FirstPublicationDate
    {
        get
        {
            DateOnly? first = null;
            foreach (var publication in Publications)
            {
                if (publication.Date is { } date && (first is null || date < first))
                {
                    first = date;
                }
            }

            return first;
        }
    }

    /// <summary>Right holders if any were recorded, else the applicants.</summary>
    public IReadOnlyList<Party> CurrentHolders => RightHolders.Count > 0 ? RightHolders : Applicants;
}

public sealed record Publication(PublicationNumber Number, DateOnly? Date = null);

public sealed record Priority(string Country, string Number, DateOnly? Date);

/// <summary>An applicant or right holder with its kind, inferred from the name where the source does not say.</summary>
public sealed record Party(string Name, ApplicantType Type)
{
    public static Party FromName(string name) => new(name.Trim(), ApplicantTypes.Infer(name));
}

public enum PatentAward
{
    /// <summary>国家科学技术奖.</summary>
    NationalScienceAndTechnologyAward = 1,

    /// <summary>中国专利奖.</summary>
    ChinaPatentAward = 2,
}

/// <summary>Province (2 digits), city (4) and district (6) codes of the 2023 statistical divisions.</summary>
public sealed record RegionCode(string Province, string? City, string? District)
{
    /// <summary>The most precise code known.</summary>
    public string Code => District ?? City ?? Province;
}
