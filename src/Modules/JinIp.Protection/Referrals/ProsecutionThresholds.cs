using System.Text.Json;
using System.Text.Json.Serialization;
using JinIp.Protection.Cases;

namespace JinIp.Protection.Referrals;

/// <summary>A criminal-prosecution threshold (立案追诉标准) for some case types: crossed when either amount reaches its figure.</summary>
public sealed record ProsecutionThreshold(
    string Crime,
    IReadOnlyList<CaseType> CaseTypes,
    decimal? IllegalBusinessVolumeAtLeast,
    decimal? IllegalGainsAtLeast,
    string Source,
    bool FromMemory)
{
    public bool IsCrossedBy(decimal? illegalBusinessVolume, decimal? illegalGains) =>
        (IllegalBusinessVolumeAtLeast is { } volume && illegalBusinessVolume >= volume)
        || (IllegalGainsAtLeast is { } gains && illegalGains >= gains);

    public string Describe() =>
        $"{Crime}：非法经营数额≥{IllegalBusinessVolumeAtLeast:N0}元或违法所得≥{IllegalGainsAtLeast:N0}元（{Source}）";
}

/// <summary>The thresholds, read from the embedded <c>prosecution-thresholds.json</c> (data, not code).</summary>
public sealed class ProsecutionThresholds(IReadOnlyList<ProsecutionThreshold> rules, string source, string note)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public IReadOnlyList<ProsecutionThreshold> Rules { get; } = rules;

    public string Source { get; } = source;

    public string Note { get; } = note;

    public static ProsecutionThresholds LoadEmbedded()
    {
        using var stream = typeof(ProsecutionThresholds).Assembly.GetManifestResourceStream("JinIp.Protection.Referrals.prosecution-thresholds.json")
            ?? throw new InvalidOperationException("prosecution-thresholds.json is not embedded.");
        var file = JsonSerializer.Deserialize<ThresholdsFile>(stream, Json) ?? throw new InvalidOperationException("prosecution-thresholds.json is empty.");
        return new ProsecutionThresholds(file.Rules, file.Source, file.Note);
    }

    /// <summary>The first threshold of the case's type that its amounts cross, or null.</summary>
    public ProsecutionThreshold? CrossedBy(CaseType type, decimal? illegalBusinessVolume, decimal? illegalGains) =>
        Rules.FirstOrDefault(r => r.CaseTypes.Contains(type) && r.IsCrossedBy(illegalBusinessVolume, illegalGains));

    private sealed record ThresholdsFile(List<ProsecutionThreshold> Rules, string Source, string Note);
}
