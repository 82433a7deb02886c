using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Plans;

/// <summary>A parsed plan as staff correct it before committing: what the preview shows and the commit stores.</summary>
public sealed class DraftPlan
{
    public string Title { get; set; } = "";

    public int Year { get; set; }

    public string Preamble { get; set; } = "";

    public List<DraftPart> Parts { get; set; } = [];

    [JsonIgnore]
    public IEnumerable<DraftItem> Items => Parts.SelectMany(p => p.Items);

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    internal string ToJson() => JsonSerializer.Serialize(this, Json);

    internal static DraftPlan FromJson(string json) => JsonSerializer.Deserialize<DraftPlan>(json, Json) ?? new DraftPlan();
}

public sealed class DraftPart
{
    public int Sequence { get; set; }

    public string Numeral { get; set; } = "";

    public string Title { get; set; } = "";

    public List<DraftItem> Items { get; set; } = [];
}

public sealed class DraftItem
{
    public int Number { get; set; }

    public string Numeral { get; set; } = "";

    public string Headline { get; set; } = "";

    public string Body { get; set; } = "";

    public List<DraftMeasure> Measures { get; set; } = [];

    public List<DraftTarget> Targets { get; set; } = [];

    /// <summary>Unit names the document states (as written).</summary>
    public List<string> StatedUnits { get; set; } = [];

    /// <summary>Stated names the directory does not know: staff must assign these by hand.</summary>
    public List<string> UnknownUnits { get; set; } = [];

    public Guid? LeadOrganizationId { get; set; }

    /// <summary>True once staff corrected or confirmed the units in the preview.</summary>
    public bool UnitsConfirmed { get; set; }

    public List<Guid> CoOrganizationIds { get; set; } = [];

    /// <summary>Why the lead was suggested, in Chinese and English.</summary>
    public string SuggestionZh { get; set; } = "";

    public string SuggestionEn { get; set; } = "";

    /// <summary>The hash that decides, on re-import, whether an item changed.</summary>
    public string ContentHash()
    {
        var text = new StringBuilder().Append(Headline).Append('\u001f').Append(Body);
        foreach (var measure in Measures)
        {
            text.Append('\u001f').Append(measure.Text);
        }

        foreach (var target in Targets)
        {
            text.Append('\u001e').Append(target.Kind).Append('|').Append(target.Minimum).Append('|').Append(target.Maximum).Append('|').Append(target.Unit).Append('|').Append(target.Subject);
        }

        return Hash(text.ToString());
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

public sealed class DraftMeasure
{
    public string? Label { get; set; }

    public string Text { get; set; } = "";
}

public sealed class DraftTarget
{
    public TargetKind Kind { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public string? Unit { get; set; }

    public string Subject { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The target as people read it: ≥100 起, 5–10 个, 明显增长.</summary>
    public string Describe(bool chinese) => Kind switch
    {
        TargetKind.Range => $"{Minimum:0.##}–{Maximum:0.##} {Unit}",
        TargetKind.AtLeast => $"≥ {Minimum:0.##} {Unit}",
        TargetKind.AtMost => $"≤ {Maximum:0.##} {Unit}",
        TargetKind.Approximately => $"≈ {Minimum:0.##} {Unit}",
        TargetKind.Exact => $"{Minimum:0.##} {Unit}",
        _ => chinese ? "定性目标" : "qualitative",
    };
}
