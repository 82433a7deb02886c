using JinIp.PatentSearch.Reference;

namespace JinIp.PatentSearch.Records;

/// <summary>Which of the CNIPA high-value invention patent criteria a patent meets.</summary>
[Flags]
public enum HighValueReasons
{
    None = 0,

    /// <summary>In a strategic emerging industry (by the IPC ↔ SEI table).</summary>
    StrategicEmergingIndustry = 1,

    /// <summary>Has a family member granted abroad.</summary>
    OverseasGrant = 2,

    /// <summary>Maintained more than 10 years.</summary>
    MaintainedOverTenYears = 4,

    /// <summary>Pledged for a high financing amount.</summary>
    HighValuePledge = 8,

    /// <summary>Won the National S&amp;T Award or the China Patent Award.</summary>
    Award = 16,
}

/// <summary>
/// The CNIPA statistical definition of a high-value invention patent (高价值发明专利): a valid invention patent
/// that meets at least one of five criteria.
/// </summary>
public static class HighValueCriteria
{
    /// <summary>
    /// The pledge amount counted as "high". CNIPA does not publish one figure; 10 million yuan is the common
    /// provincial reading. // REVIEW: confirm the threshold with the office before publishing the indicator.
    /// </summary>
    public const decimal HighPledgeAmountYuan = 10_000_000m;

    public static HighValueReasons Evaluate(PatentRecord record, DateOnly asOf) =>
        Evaluate(record, StrategicEmergingIndustries.ForIpcs(record.Ipcs).Count > 0, asOf);

    public static HighValueReasons Evaluate(PatentRecord record, bool inStrategicEmergingIndustry, DateOnly asOf)
    {
        if (record.Type != PatentType.Invention || record.LegalStatus != LegalStatus.Valid)
        {
            return HighValueReasons.None;
        }

        var reasons = HighValueReasons.None;
        if (inStrategicEmergingIndustry)
        {
            reasons |= HighValueReasons.StrategicEmergingIndustry;
        }

        if (record.HasOverseasGrant)
        {
            reasons |= HighValueReasons.OverseasGrant;
        }

        if (record.ApplicationDate is { } filed && filed.AddYears(10) < asOf)
        {
            reasons |= HighValueReasons.MaintainedOverTenYears;
        }

        if (record.LegalEvents.Any(e => e.Kind == LegalEventKind.Pledge && e.AmountYuan >= HighPledgeAmountYuan))
        {
            reasons |= HighValueReasons.HighValuePledge;
        }

        if (record.Awards.Count > 0)
        {
            reasons |= HighValueReasons.Award;
        }

        return reasons;
    }
}
