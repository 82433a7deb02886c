using System.Text.Json;
using System.Text.Json.Serialization;

namespace JinIp.Protection.Cases;

/// <summary>A statutory (or declared) time limit for some case types, with its source.</summary>
public sealed record TimeLimitRule(
    IReadOnlyList<CaseType> CaseTypes,
    int WorkingDays,
    int SimpleWorkingDays,
    int MaxExtensionWorkingDays,
    string Rule,
    string RuleEn,
    string Source,
    bool FromMemory);

/// <summary>The declared 繁简分流 rules: a case is complex when any of them is met.</summary>
public sealed record TriageRules(decimal ComplexAmountAtLeast, int ComplexPartiesAtLeast, int ComplexTechnicalComplexityAtLeast, string Source);

/// <summary>The outcome of triage with the reasons that decided it.</summary>
public sealed record TriageResult(CaseComplexity Complexity, string ReasonZh, string ReasonEn);

/// <summary>Time limits and triage rules, read from the embedded <c>case-rules.json</c>.</summary>
public sealed class CaseRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public CaseRules(IReadOnlyList<TimeLimitRule> timeLimits, TriageRules triage, int complaintReviewWorkingDays, string complaintReviewRule, string complaintReviewSource)
    {
        TimeLimits = timeLimits;
        Triage = triage;
        ComplaintReviewWorkingDays = complaintReviewWorkingDays;
        ComplaintReviewRule = complaintReviewRule;
        ComplaintReviewSource = complaintReviewSource;
        foreach (var type in Enum.GetValues<CaseType>())
        {
            _ = TimeLimitFor(type);
        }
    }

    public IReadOnlyList<TimeLimitRule> TimeLimits { get; }

    public TriageRules Triage { get; }

    public int ComplaintReviewWorkingDays { get; }

    public string ComplaintReviewRule { get; }

    public string ComplaintReviewSource { get; }

    public static CaseRules LoadEmbedded()
    {
        using var stream = typeof(CaseRules).Assembly.GetManifestResourceStream("JinIp.Protection.Cases.case-rules.json")
            ?? throw new InvalidOperationException("case-rules.json is not embedded.");
        var file = JsonSerializer.Deserialize<RulesFile>(stream, Json) ?? throw new InvalidOperationException("case-rules.json is empty.");
        return new CaseRules(file.TimeLimits, file.Triage, file.ComplaintReviewWorkingDays, file.ComplaintReviewRule, file.ComplaintReviewSource);
    }

    public TimeLimitRule TimeLimitFor(CaseType type) =>
        TimeLimits.FirstOrDefault(r => r.CaseTypes.Contains(type))
        ?? throw new InvalidOperationException($"case-rules.json declares no time limit for {type}.");

    public int WorkingDaysFor(CaseType type, CaseComplexity complexity) =>
        complexity == CaseComplexity.Simple ? TimeLimitFor(type).SimpleWorkingDays : TimeLimitFor(type).WorkingDays;

    /// <summary>Applies the declared rules to a case's amount, number of parties and technical complexity.</summary>
    public TriageResult Classify(decimal? amount, int parties, int technicalComplexity)
    {
        var zh = new List<string>();
        var en = new List<string>();
        if (amount is { } value && value >= Triage.ComplexAmountAtLeast)
        {
            zh.Add($"涉案金额 {value:N0} 元 ≥ {Triage.ComplexAmountAtLeast:N0} 元");
            en.Add($"amount {value:N0} yuan ≥ {Triage.ComplexAmountAtLeast:N0}");
        }

        if (parties >= Triage.ComplexPartiesAtLeast)
        {
            zh.Add($"当事人 {parties} 方 ≥ {Triage.ComplexPartiesAtLeast} 方");
            en.Add($"{parties} parties ≥ {Triage.ComplexPartiesAtLeast}");
        }

        if (technicalComplexity >= Triage.ComplexTechnicalComplexityAtLeast)
        {
            zh.Add($"技术复杂度 {technicalComplexity} ≥ {Triage.ComplexTechnicalComplexityAtLeast}");
            en.Add($"technical complexity {technicalComplexity} ≥ {Triage.ComplexTechnicalComplexityAtLeast}");
        }

        return zh.Count > 0
            ? new TriageResult(CaseComplexity.Complex, "复杂案件：" + string.Join("；", zh), "Complex: " + string.Join("; ", en))
            : new TriageResult(
                CaseComplexity.Simple,
                $"简易案件：涉案金额低于 {Triage.ComplexAmountAtLeast:N0} 元，当事人少于 {Triage.ComplexPartiesAtLeast} 方，技术复杂度低于 {Triage.ComplexTechnicalComplexityAtLeast}",
                $"Simple: amount below {Triage.ComplexAmountAtLeast:N0} yuan, fewer than {Triage.ComplexPartiesAtLeast} parties, technical complexity below {Triage.ComplexTechnicalComplexityAtLeast}");
    }

    private sealed record RulesFile(List<TimeLimitRule> TimeLimits, TriageRules Triage, int ComplaintReviewWorkingDays, string ComplaintReviewRule, string ComplaintReviewSource);
}
