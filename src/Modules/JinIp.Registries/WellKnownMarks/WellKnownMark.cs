using JinIp.Registries.Catalog;

namespace JinIp.Registries.WellKnownMarks;

public enum RecognitionSource
{
    Administrative,
    Judicial,
}

/// <summary>A mark on the well-known trademark protection list (驰名商标保护名录).</summary>
internal sealed class WellKnownMark : RegistryRecord
{
    public string Mark { get; set; } = "";

    public string Owner { get; set; } = "";

    public string? OwnerCreditCode { get; set; }

    /// <summary>Nice classes, sorted, comma-separated ("30,43").</summary>
    public string NiceClasses { get; set; } = "";

    public RecognitionSource Source { get; set; }

    /// <summary>The authority that recognized it: CNIPA (administrative) or the court (judicial).</summary>
    public string Authority { get; set; } = "";

    public DateOnly RecognizedOn { get; set; }

    /// <summary>Decision or judgment reference (文号 / 案号).</summary>
    public string? Reference { get; set; }

    public string? DistrictCode { get; set; }

    public static readonly IReadOnlyList<ChoiceLabel<RecognitionSource>> Sources =
    [
        new(RecognitionSource.Administrative, "行政认定", "Administrative"),
        new(RecognitionSource.Judicial, "司法认定", "Judicial"),
    ];

    public static readonly RegistryDefinition<WellKnownMark> Registry = new()
    {
        Key = "well-known-marks",
        NameZh = "驰名商标保护名录",
        NameEn = "Well-known trademark protection list",
        DescriptionZh = "经行政或司法认定的驰名商标：商标、权利人、类别、认定来源、认定机关与日期。",
        DescriptionEn = "Trademarks recognized as well known, administratively or by a court: mark, owner, classes, source, authority and date.",
        Columns =
        [
            Column.Text<WellKnownMark>("mark", "商标", "Mark", r => r.Mark, (r, v) => r.Mark = v ?? "", required: true, maxLength: 100, example: "海河明珠"),
            Column.Text<WellKnownMark>("owner", "权利人", "Owner", r => r.Owner, (r, v) => r.Owner = v ?? "", required: true, example: "天津海河明珠食品有限公司"),
            Column.CreditCode<WellKnownMark>("ownerCreditCode", "统一社会信用代码", "Unified social credit code", r => r.OwnerCreditCode, (r, v) => r.OwnerCreditCode = v),
            Column.NiceClasses<WellKnownMark>("niceClasses", "尼斯分类", "Nice classes", r => r.NiceClasses, (r, v) => r.NiceClasses = v ?? ""),
            Column.Choice<WellKnownMark, RecognitionSource>("source", "认定途径", "Recognition source", Sources, r => r.Source, (r, v) => r.Source = v ?? default),
            Column.Text<WellKnownMark>("authority", "认定机关", "Authority", r => r.Authority, (r, v) => r.Authority = v ?? "", required: true, example: "国家知识产权局"),
            Column.Date<WellKnownMark>("recognizedOn", "认定日期", "Recognition date", r => r.RecognizedOn == default ? null : r.RecognizedOn, (r, v) => r.RecognizedOn = v ?? default, required: true),
            Column.Text<WellKnownMark>("reference", "文号或案号", "Decision or case number", r => r.Reference, (r, v) => r.Reference = v, maxLength: 100, example: "商标驰字〔2021〕0001号"),
            Column.District<WellKnownMark>("district", "所在区", "District", r => r.DistrictCode, (r, v) => r.DistrictCode = v),
        ],
        NaturalKey = r => $"{r.Mark}|{r.Owner}|{r.NiceClasses}",
        SortKey = r => r.Mark,
    };
}
