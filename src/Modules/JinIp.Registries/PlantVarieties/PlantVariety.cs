using JinIp.Platform.Errors;
using JinIp.Registries.Catalog;

namespace JinIp.Registries.PlantVarieties;

public enum VarietyStatus
{
    Applied,
    Granted,
    Terminated,
}

/// <summary>A plant variety right application or grant (植物新品种权) of a Tianjin breeder.</summary>
internal sealed class PlantVariety : RegistryRecord
{
    public string VarietyName { get; set; } = "";

    public string Crop { get; set; } = "";

    public string Breeder { get; set; } = "";

    public string? DistrictCode { get; set; }

    public string ApplicationNumber { get; set; } = "";

    public DateOnly ApplicationDate { get; set; }

    public VarietyStatus Status { get; set; }

    public string? GrantNumber { get; set; }

    public DateOnly? GrantDate { get; set; }

    public static readonly IReadOnlyList<ChoiceLabel<VarietyStatus>> Statuses =
    [
        new(VarietyStatus.Applied, "申请中", "Applied"),
        new(VarietyStatus.Granted, "已授权", "Granted"),
        new(VarietyStatus.Terminated, "已终止", "Terminated"),
    ];

    public static readonly RegistryDefinition<PlantVariety> Registry = new()
    {
        Key = "plant-varieties",
        NameZh = "植物新品种权",
        NameEn = "Plant variety rights",
        DescriptionZh = "天津育种者的植物新品种权申请与授权。",
        DescriptionEn = "Plant variety right applications and grants of Tianjin breeders.",
        Columns =
        [
            Column.Text<PlantVariety>("varietyName", "品种名称", "Variety name", r => r.VarietyName, (r, v) => r.VarietyName = v ?? "", required: true, maxLength: 100, example: "津演示稻1号"),
            Column.Text<PlantVariety>("crop", "作物种类", "Crop", r => r.Crop, (r, v) => r.Crop = v ?? "", required: true, maxLength: 50, example: "水稻"),
            Column.Text<PlantVariety>("breeder", "品种权人或申请人", "Breeder (holder or applicant)", r => r.Breeder, (r, v) => r.Breeder = v ?? "", required: true, example: "天津市某农业科学研究所（演示）"),
            Column.District<PlantVariety>("district", "所在区", "District", r => r.DistrictCode, (r, v) => r.DistrictCode = v),
            Column.Text<PlantVariety>("applicationNumber", "申请号", "Application number", r => r.ApplicationNumber, (r, v) => r.ApplicationNumber = v ?? "", required: true, maxLength: 50, example: "20211000001"),
            Column.Date<PlantVariety>("applicationDate", "申请日", "Application date", r => r.ApplicationDate == default ? null : r.ApplicationDate, (r, v) => r.ApplicationDate = v ?? default, required: true),
            Column.Choice<PlantVariety, VarietyStatus>("status", "状态", "Status", Statuses, r => r.Status, (r, v) => r.Status = v ?? default),
            Column.Text<PlantVariety>("grantNumber", "品种权号", "Grant number", r => r.GrantNumber, (r, v) => r.GrantNumber = v, maxLength: 50, example: "CNA20211000.1"),
            Column.Date<PlantVariety>("grantDate", "授权日", "Grant date", r => r.GrantDate, (r, v) => r.GrantDate = v),
        ],
        NaturalKey = r => r.ApplicationNumber,
        SortKey = r => r.VarietyName,
        Resolve = (_, r, _) => Task.FromResult(CheckGrant(r)),
    };

    /// <summary>A granted variety has its grant number and date, not before the application; an application has neither.</summary>
    private static FieldError? CheckGrant(PlantVariety r)
    {
        if (r.Status == VarietyStatus.Granted && (r.GrantNumber is null || r.GrantDate is null))
        {
            return new FieldError("grantNumber", "状态为“已授权”时须填写品种权号和授权日。", "A granted variety needs its grant number and grant date.");
        }

        if (r.Status == VarietyStatus.Applied && (r.GrantNumber is not null || r.GrantDate is not null))
        {
            return new FieldError("status", "已填写品种权号或授权日，状态不能为“申请中”。", "With a grant number or date the status cannot be 'Applied'.");
        }

        if (r.GrantDate is { } granted && granted < r.ApplicationDate)
        {
            return new FieldError("grantDate", "授权日早于申请日。", "The grant date is before the application date.");
        }

        return null;
    }
}
