using JinIp.Platform.Errors;
using JinIp.Platform.Workflow;
using JinIp.Registries.Catalog;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Registries.CopyrightStations;

public enum StationServiceKind
{
    Consultation,
    RegistrationAgency,
    RightsProtection,
    Training,
    Other,
}

/// <summary>A copyright service station (版权服务工作站).</summary>
internal sealed class CopyrightStation : RegistryRecord
{
    public string Name { get; set; } = "";

    public string HostOrganization { get; set; } = "";

    public string? DistrictCode { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Scope { get; set; }

    public static readonly RegistryDefinition<CopyrightStation> Registry = new()
    {
        Key = "copyright-stations",
        NameZh = "版权服务工作站",
        NameEn = "Copyright service stations",
        DescriptionZh = "设在园区、企业和机构的版权服务工作站；所提供的服务见“版权服务记录”。",
        DescriptionEn = "Copyright service stations in parks, companies and institutions; their services are recorded separately.",
        Columns =
        [
            Column.Text<CopyrightStation>("name", "工作站名称", "Station name", r => r.Name, (r, v) => r.Name = v ?? "", required: true, example: "滨海新区版权服务工作站（演示）"),
            Column.Text<CopyrightStation>("hostOrganization", "依托单位", "Host organization", r => r.HostOrganization, (r, v) => r.HostOrganization = v ?? "", required: true),
            Column.District<CopyrightStation>("district", "所在区", "District", r => r.DistrictCode, (r, v) => r.DistrictCode = v, required: true),
            Column.Text<CopyrightStation>("address", "地址", "Address", r => r.Address, (r, v) => r.Address = v),
            Column.Text<CopyrightStation>("phone", "服务电话", "Service phone", r => r.Phone, (r, v) => r.Phone = v, maxLength: 30, searchable: false),
            Column.Date<CopyrightStation>("establishedOn", "设立日期", "Established on", r => r.EstablishedOn, (r, v) => r.EstablishedOn = v),
            Column.Text<CopyrightStation>("scope", "服务内容", "Services offered", r => r.Scope, (r, v) => r.Scope = v, maxLength: 1000, multiline: true),
        ],
        NaturalKey = r => r.Name,
        SortKey = r => r.Name,
        AfterSave = (db, station, ct) => db.StationServices.Where(s => s.StationId == station.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StationName, station.Name), ct),
        BeforeDelete = async (db, station, ct) => await db.StationServices.AnyAsync(s => s.StationId == station.Id, ct)
            ? new GuardFailure("该工作站已有服务记录，不能删除。", "This station has service records and cannot be deleted.")
            : null,
    };
}

/// <summary>One service a station delivered.</summary>
internal sealed class StationService : RegistryRecord
{
    public Guid StationId { get; set; }

    public string StationName { get; set; } = "";

    public DateOnly ServedOn { get; set; }

    public StationServiceKind Kind { get; set; }

    public string Client { get; set; } = "";

    public string? Description { get; set; }

    public static readonly IReadOnlyList<ChoiceLabel<StationServiceKind>> Kinds =
    [
        new(StationServiceKind.Consultation, "版权咨询", "Consultation"),
        new(StationServiceKind.RegistrationAgency, "作品登记代办", "Registration on behalf"),
        new(StationServiceKind.RightsProtection, "维权援助", "Enforcement assistance"),
        new(StationServiceKind.Training, "培训宣传", "Training and outreach"),
        new(StationServiceKind.Other, "其他", "Other"),
    ];

    public static readonly RegistryDefinition<StationService> Registry = new()
    {
        Key = "station-services",
        NameZh = "版权服务记录",
        NameEn = "Copyright station services",
        DescriptionZh = "各版权服务工作站提供的服务：日期、类型、服务对象和内容。",
        DescriptionEn = "Services delivered by the copyright service stations: date, kind, client and content.",
        Columns =
        [
            Column.Text<StationService>("station", "工作站名称", "Station name", r => r.StationName, (r, v) => r.StationName = v ?? "", required: true, example: "滨海新区版权服务工作站（演示）"),
            Column.Date<StationService>("servedOn", "服务日期", "Date", r => r.ServedOn == default ? null : r.ServedOn, (r, v) => r.ServedOn = v ?? default, required: true),
            Column.Choice<StationService, StationServiceKind>("kind", "服务类型", "Kind of service", Kinds, r => r.Kind, (r, v) => r.Kind = v ?? default),
            Column.Text<StationService>("client", "服务对象", "Client", r => r.Client, (r, v) => r.Client = v ?? "", required: true),
            Column.Text<StationService>("description", "服务内容", "Description", r => r.Description, (r, v) => r.Description = v, maxLength: 1000, multiline: true),
        ],
        NaturalKey = r => $"{r.StationName}|{Cells.Format(r.ServedOn)}|{r.Kind}|{r.Client}|{r.Description}",
        SortKey = r => r.StationName,
        Resolve = async (db, service, ct) =>
        {
            var station = await db.CopyrightStations.AsNoTracking().Where(s => s.Name == service.StationName).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct);
            if (station is null)
            {
                return new FieldError("station", $"没有名为“{service.StationName}”的版权服务工作站，请先录入该工作站。", $"There is no copyright service station named '{service.StationName}'; add the station first.");
            }

            service.StationId = station.Value;
            return null;
        },
    };
}
