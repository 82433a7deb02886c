using JinIp.Platform.Workflow;
using JinIp.Registries.Catalog;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Registries.GeographicIndications;

public enum GiKind
{
    ProtectedProduct,
    CollectiveMark,
    CertificationMark,
    AgriculturalProduct,
}

/// <summary>A geographic indication: a protected GI product or a GI collective or certification mark.</summary>
internal sealed class GeographicIndication : RegistryRecord
{
    public string Name { get; set; } = "";

    public GiKind Kind { get; set; }

    public string? DistrictCode { get; set; }

    /// <summary>Who applied for protection or holds the mark (a local government body or an association).</summary>
    public string? Holder { get; set; }

    public string? RegistrationNumber { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? ProtectedArea { get; set; }

    public string? Note { get; set; }

    public static readonly IReadOnlyList<ChoiceLabel<GiKind>> Kinds =
    [
        new(GiKind.ProtectedProduct, "地理标志保护产品", "Protected GI product"),
        new(GiKind.CollectiveMark, "地理标志集体商标", "GI collective mark"),
        new(GiKind.CertificationMark, "地理标志证明商标", "GI certification mark"),
        new(GiKind.AgriculturalProduct, "农产品地理标志", "Agricultural product GI"),
    ];

    public static readonly RegistryDefinition<GeographicIndication> Registry = new()
    {
        Key = "geographic-indications",
        NameZh = "地理标志名录",
        NameEn = "Geographic indications",
        DescriptionZh = "天津的地理标志产品、地理标志集体商标和证明商标；授权使用者见“地理标志授权使用者”。",
        DescriptionEn = "Tianjin's GI products and GI collective and certification marks; authorized users are listed separately.",
        Columns =
        [
            Column.Text<GeographicIndication>("name", "名称", "Name", r => r.Name, (r, v) => r.Name = v ?? "", required: true, maxLength: 100, example: "小站稻"),
            Column.Choice<GeographicIndication, GiKind>("kind", "类别", "Kind", Kinds, r => r.Kind, (r, v) => r.Kind = v ?? default),
            Column.District<GeographicIndication>("district", "产地所在区", "District of origin", r => r.DistrictCode, (r, v) => r.DistrictCode = v),
            Column.Text<GeographicIndication>("holder", "申请人或注册人", "Applicant or holder", r => r.Holder, (r, v) => r.Holder = v),
            Column.Text<GeographicIndication>("registrationNumber", "注册号或公告号", "Registration or notice number", r => r.RegistrationNumber, (r, v) => r.RegistrationNumber = v, maxLength: 100),
            Column.Date<GeographicIndication>("approvedOn", "批准日期", "Approval date", r => r.ApprovedOn, (r, v) => r.ApprovedOn = v),
            Column.Text<GeographicIndication>("protectedArea", "保护范围", "Protected area", r => r.ProtectedArea, (r, v) => r.ProtectedArea = v, maxLength: 1000, multiline: true),
            Column.Text<GeographicIndication>("note", "备注", "Note", r => r.Note, (r, v) => r.Note = v, maxLength: 1000, multiline: true, searchable: false),
        ],
        NaturalKey = r => $"{r.Name}|{r.Kind}",
        SortKey = r => r.Name,
        // A producer row shows the GI's name: a renamed GI is renamed in its producers in the same transaction.
        AfterSave = (db, gi, ct) => db.GiProducers.Where(p => p.GeographicIndicationId == gi.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.GiName, gi.Name).SetProperty(p => p.GiKind, gi.Kind), ct),
        BeforeDelete = async (db, gi, ct) => await db.GiProducers.AnyAsync(p => p.GeographicIndicationId == gi.Id, ct)
            ? new GuardFailure("该地理标志仍有授权使用者，请先删除其授权使用者。", "This GI still has authorized users; delete them first.")
            : null,
    };
}

/// <summary>A producer authorized to use a geographic indication.</summary>
internal sealed class GiProducer : RegistryRecord
{
    public Guid GeographicIndicationId { get; set; }

    public string GiName { get; set; } = "";

    public GiKind GiKind { get; set; }

    public string Producer { get; set; } = "";

    public string? CreditCode { get; set; }

    public string? DistrictCode { get; set; }

    public DateOnly AuthorizedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public static readonly RegistryDefinition<GiProducer> Registry = new()
    {
        Key = "gi-producers",
        NameZh = "地理标志授权使用者",
        NameEn = "Authorized GI users",
        DescriptionZh = "经核准使用地理标志（产品专用标志或集体、证明商标）的生产者。",
        DescriptionEn = "Producers authorized to use a geographic indication (the GI product mark or a collective or certification mark).",
        Columns =
        [
            Column.Text<GiProducer>("gi", "地理标志名称", "GI name", r => r.GiName, (r, v) => r.GiName = v ?? "", required: true, maxLength: 100, example: "小站稻"),
            Column.Choice<GiProducer, GiKind>("giKind", "地理标志类别", "GI kind", GeographicIndication.Kinds, r => r.GiKind, (r, v) => r.GiKind = v ?? default),
            Column.Text<GiProducer>("producer", "使用者", "Producer", r => r.Producer, (r, v) => r.Producer = v ?? "", required: true, example: "天津小站稻米业有限公司（演示）"),
            Column.CreditCode<GiProducer>("creditCode", "统一社会信用代码", "Unified social credit code", r => r.CreditCode, (r, v) => r.CreditCode = v),
            Column.District<GiProducer>("district", "所在区", "District", r => r.DistrictCode, (r, v) => r.DistrictCode = v),
            Column.Date<GiProducer>("authorizedOn", "核准使用日期", "Authorized on", r => r.AuthorizedOn == default ? null : r.AuthorizedOn, (r, v) => r.AuthorizedOn = v ?? default, required: true),
            Column.Date<GiProducer>("validUntil", "有效期至", "Valid until", r => r.ValidUntil, (r, v) => r.ValidUntil = v),
        ],
        NaturalKey = r => $"{r.GiName}|{r.GiKind}|{r.Producer}",
        SortKey = r => r.GiName + " " + r.Producer,
        Resolve = async (db, producer, ct) =>
        {
            var gi = await db.GeographicIndications.AsNoTracking().Where(g => g.Name == producer.GiName && g.Kind == producer.GiKind).Select(g => (Guid?)g.Id).SingleOrDefaultAsync(ct);
            if (gi is null)
            {
                return new JinIp.Platform.Errors.FieldError("gi", $"地理标志名录中没有“{producer.GiName}”（{GeographicIndication.Kinds.First(k => k.Value == producer.GiKind).Zh}），请先录入该地理标志。", $"The GI list has no '{producer.GiName}' ({GeographicIndication.Kinds.First(k => k.Value == producer.GiKind).En}); add the GI first.");
            }

            if (producer.ValidUntil is { } until && until < producer.AuthorizedOn)
            {
                return new JinIp.Platform.Errors.FieldError("validUntil", "“有效期至”早于核准使用日期。", "'Valid until' is before the authorization date.");
            }

            producer.GeographicIndicationId = gi.Value;
            return null;
        },
    };
}
