namespace JinIp.Protection.Insight;

/// <summary>Settings of protection insight (section <c>ProtectionInsight</c>).</summary>
public sealed class InsightOptions
{
    public const string Section = "ProtectionInsight";

    /// <summary>The member unit whose staff keep the customs registry with the office.</summary>
    public string CustomsOrganizationName { get; set; } = "天津海关";

    /// <summary>A valid recordation ending within this many days is listed as expiring soon (customs accepts renewal in the last 6 months).</summary>
    public int ExpiringSoonDays { get; set; } = 183;

    /// <summary>Spike rule: the baseline is the mean weekly count of this many weeks before the week looked at.</summary>
    public int SpikeBaselineWeeks { get; set; } = 8;

    /// <summary>Spike rule: the week's count must exceed baseline × factor.</summary>
    public double SpikeFactor { get; set; } = 2.0;

    /// <summary>Spike rule: and be at least this many cases, so that 1 → 3 is not a spike.</summary>
    public int SpikeMinimumCount { get; set; } = 5;

    /// <summary>How often the spike job looks.</summary>
    public TimeSpan SpikeCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Demo analytics cases seeded when the case table is empty at start-up (0 = none).</summary>
    public int DemoCases { get; set; } = 120;
}
