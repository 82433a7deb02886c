namespace JinIp.PatentSearch.Records;

/// <summary>Term of protection (专利法 Art. 42 as amended in force 2021-06-01), counted from the filing date.</summary>
public static class PatentTerm
{
    private static readonly DateOnly DesignTermExtended = new(2021, 6, 1);

    public static int Years(PatentType type, DateOnly filingDate) => type switch
    {
        PatentType.Invention => 20,
        PatentType.UtilityModel => 10,
        PatentType.Design => filingDate >= DesignTermExtended ? 15 : 10,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The last day of protection: the day before the anniversary of filing.</summary>
    public static DateOnly LastDay(PatentType type, DateOnly filingDate) =>
        filingDate.AddYears(Years(type, filingDate)).AddDays(-1);

    public static bool IsExpired(PatentType type, DateOnly filingDate, DateOnly today) => today > LastDay(type, filingDate);
}
