using JinIp.Platform.Errors;

namespace JinIp.Registries.TimeHonored;

/// <summary>One criterion the expert scores, with its maximum points.</summary>
public sealed record Criterion(string Key, string NameZh, string NameEn, int MaxPoints, string GuidanceZh, string GuidanceEn)
{
    public string Name => UiCulture.IsCurrentChinese ? NameZh : NameEn;

    public string Guidance => UiCulture.IsCurrentChinese ? GuidanceZh : GuidanceEn;
}

/// <summary>
/// The rules a 津门老字号 application is checked against (see docs/adr/0007-registries-module.md for sources).
/// Eligibility: the brand was founded at least <see cref="MinimumHistoryYears"/> years before the year of
/// application. Scoring: the expert gives points per criterion (100 in all); <see cref="PassMark"/> or more
/// lets the office publish the notice.
/// </summary>
public static class RecognitionCriteria
{
    /// <summary>
    /// Tianjin's commerce authority recognized the first 113 津门老字号 in 2009, all founded 50 or more years
    /// before, and district officials describe "at least 50 years of continuous history" as the requirement; the
    /// national 中华老字号 rules (商务部《中华老字号示范创建管理办法》, 2023) use the same 50 years.
    /// </summary>
    public const int MinimumHistoryYears = 50;

    public const int PassMark = 60;

    public static readonly IReadOnlyList<Criterion> All =
    [
        new("history", "历史传承", "History and continuity", 25, "创立年代久远，传承脉络清晰，有史料、实物佐证", "Long history with a clear, documented line of succession"),
        new("craft", "独特产品、技艺或服务", "Distinctive products, craft or services", 25, "传承独特的产品、技艺或服务，具有不可替代性", "Hands down distinctive products, craft or services"),
        new("culture", "地域文化特色", "Regional cultural character", 20, "具有鲜明的天津地域文化特征和传统文化价值", "Carries Tianjin's regional culture and traditional cultural value"),
        new("reputation", "信誉与社会认同", "Reputation and public recognition", 15, "诚信经营，广受社会认同和赞誉", "Trustworthy business, widely recognized and praised"),
        new("vitality", "经营状况与发展能力", "Business health and prospects", 15, "经营状况良好，具有持续发展能力", "Sound business with the capacity to keep going"),
    ];

    public static int MaxTotal => All.Sum(c => c.MaxPoints);

    /// <summary>The latest founding year an application filed in <paramref name="applicationYear"/> may state.</summary>
    public static int LatestFoundingYear(int applicationYear) => applicationYear - MinimumHistoryYears;
}
