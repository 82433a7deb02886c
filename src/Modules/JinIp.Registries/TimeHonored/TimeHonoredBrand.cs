using JinIp.Registries.Catalog;

namespace JinIp.Registries.TimeHonored;

/// <summary>A recognized 津门老字号 brand, listed publicly with its trademarks. Added by import or by a recognition decision.</summary>
internal sealed class TimeHonoredBrand : RegistryRecord
{
    public string Brand { get; set; } = "";

    public string EnterpriseName { get; set; } = "";

    public string? CreditCode { get; set; }

    public int FoundedYear { get; set; }

    public string? Batch { get; set; }

    public DateOnly? RecognizedOn { get; set; }

    /// <summary>The brand's registered trademarks, as written by the office (mark, class, registration number).</summary>
    public string? Trademarks { get; set; }

    public string? DistrictCode { get; set; }

    public string? Note { get; set; }

    public static readonly RegistryDefinition<TimeHonoredBrand> Registry = new()
    {
        Key = "time-honored-brands",
        NameZh = "津门老字号名录",
        NameEn = "Tianjin time-honored brands (津门老字号)",
        DescriptionZh = "已认定的津门老字号品牌及其注册商标。",
        DescriptionEn = "Recognized 津门老字号 brands and their registered trademarks.",
        Columns =
        [
            Column.Text<TimeHonoredBrand>("brand", "品牌", "Brand", r => r.Brand, (r, v) => r.Brand = v ?? "", required: true, maxLength: 100, example: "狗不理"),
            Column.Text<TimeHonoredBrand>("enterpriseName", "企业名称", "Enterprise", r => r.EnterpriseName, (r, v) => r.EnterpriseName = v ?? "", required: true),
            Column.CreditCode<TimeHonoredBrand>("creditCode", "统一社会信用代码", "Unified social credit code", r => r.CreditCode, (r, v) => r.CreditCode = v),
            Column.Year<TimeHonoredBrand>("foundedYear", "创立年份", "Founded", r => r.FoundedYear == 0 ? null : r.FoundedYear, (r, v) => r.FoundedYear = v ?? 0, required: true),
            Column.Text<TimeHonoredBrand>("batch", "认定批次", "Batch", r => r.Batch, (r, v) => r.Batch = v, maxLength: 50, example: "第一批"),
            Column.Date<TimeHonoredBrand>("recognizedOn", "认定日期", "Recognized on", r => r.RecognizedOn, (r, v) => r.RecognizedOn = v),
            Column.Text<TimeHonoredBrand>("trademarks", "注册商标", "Registered trademarks", r => r.Trademarks, (r, v) => r.Trademarks = v, maxLength: 1000, multiline: true, example: "狗不理（第30类）"),
            Column.District<TimeHonoredBrand>("district", "所在区", "District", r => r.DistrictCode, (r, v) => r.DistrictCode = v),
            Column.Text<TimeHonoredBrand>("note", "备注", "Note", r => r.Note, (r, v) => r.Note = v, maxLength: 1000, multiline: true, searchable: false),
        ],
        NaturalKey = r => $"{r.Brand}|{r.EnterpriseName}",
        SortKey = r => r.Brand,
    };
}
