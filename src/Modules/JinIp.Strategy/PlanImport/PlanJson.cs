using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JinIp.Strategy.PlanImport;

/// <summary>
/// The JSON form of a parsed plan, as printed by <c>jinip plan parse FILE --format json</c>. Chinese stays
/// readable (not \u-escaped): the output is read by people and diffed between years.
/// </summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The plan: title, year, preamble, parts (number, title, items (number, headline, body, measures, units, targets)).</summary>
    public static string Serialize(PlanDocument document) => JsonSerializer.Serialize(ToJson(document), Options);

    /// <summary>The whole result: <c>succeeded</c>, then <c>plan</c> and <c>warnings</c>, or <c>error</c>.</summary>
    public static string Serialize(PlanParseResult result) => JsonSerializer.Serialize(
        new ResultJson(
            result.Succeeded,
            result.Succeeded ? ToJson(result.Document) : null,
            result.Error,
            result.Warnings),
        Options);

    private static DocumentJson ToJson(PlanDocument document) => new(
        document.Title,
        document.Year,
        document.Preamble,
        document.Parts.Select(part => new PartJson(
            part.Number,
            part.Numeral,
            part.Title,
            part.Introduction.Length == 0 ? null : part.Introduction,
            part.Items.Select(item => new ItemJson(
                item.Number,
                item.Numeral,
                item.Headline,
                item.Body,
                item.Measures.Select(measure => new MeasureJson(measure.Label, measure.Text, measure.Units, measure.Targets)).ToList(),
                item.Units,
                item.Targets)).ToList())).ToList());

    // The JSON shape is declared here rather than taken from the records, so that changing the model
    // never silently changes what the CLI prints.
    private sealed record ResultJson(bool Succeeded, DocumentJson? Plan, PlanParseError? Error, IReadOnlyList<PlanWarning> Warnings);

    private sealed record DocumentJson(string Title, int? Year, string Preamble, IReadOnlyList<PartJson> Parts);

    private sealed record PartJson(int? Number, string Numeral, string Title, string? Introduction, IReadOnlyList<ItemJson> Items);

    private sealed record ItemJson(
        int Number,
        string Numeral,
        string Headline,
        string Body,
        IReadOnlyList<MeasureJson> Measures,
        IReadOnlyList<ResponsibleUnit> Units,
        IReadOnlyList<PlanTarget> Targets);

    private sealed record MeasureJson(string? Label, string Text, IReadOnlyList<ResponsibleUnit> Units, IReadOnlyList<PlanTarget> Targets);
}
