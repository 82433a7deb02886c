using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Registries.CopyrightStations;
using JinIp.Registries.Data;
using JinIp.Registries.GeographicIndications;
using JinIp.Registries.PlantVarieties;
using JinIp.Registries.TimeHonored;
using JinIp.Registries.WellKnownMarks;

namespace JinIp.Registries.Catalog;

/// <summary>
/// The registries' facade: public lists and search, staff editing (office and administrators) with audit and
/// optimistic concurrency, and Excel import in which any bad row means nothing is saved.
/// </summary>
public sealed class RegistryService(RegistriesDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private static readonly IReadOnlyList<IRegistry> All =
    [
        WellKnownMark.Registry,
        TimeHonoredBrand.Registry,
        GeographicIndication.Registry,
        GiProducer.Registry,
        PlantVariety.Registry,
        CopyrightStation.Registry,
        StationService.Registry,
    ];

    public static IReadOnlyList<RegistryInfo> Registries { get; } = All.Select(r => r.Info).ToList();

    public static RegistryInfo? Find(string? key) => All.FirstOrDefault(r => r.Info.Key == key)?.Info;

    public Task<RecordPage> SearchAsync(string key, string? query, int page = 1, int size = 20, CancellationToken cancellationToken = default)
    {
        if (size is < 1 or > MaxPageSize)
        {
            throw new ValidationException("size", $"每页条数须在 1 到 {MaxPageSize} 之间。", $"size must be between 1 and {MaxPageSize}.");
        }

        if (query?.Length > 200)
        {
            throw new ValidationException("q", "检索词最多 200 个字符。", "The search text may have at most 200 characters.");
        }

        return Registry(key).SearchAsync(db, query, page, size, cancellationToken);
    }

    public async Task<RecordView> GetAsync(string key, Guid id, CancellationToken cancellationToken = default)
    {
        var registry = Registry(key);
        return await registry.FindAsync(db, id, cancellationToken)
            ?? throw new NotFoundException($"{registry.Info.NameZh}中没有这条记录。", $"The {registry.Info.NameEn} has no such record.");
    }

    public Task<RecordView> CreateAsync(Actor actor, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default) =>
        Registry(key).CreateAsync(Context(actor), values, cancellationToken);

    public Task<RecordView> UpdateAsync(Actor actor, string key, Guid id, int expectedVersion, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default) =>
        Registry(key).UpdateAsync(Context(actor), id, expectedVersion, values, cancellationToken);

    public Task DeleteAsync(Actor actor, string key, Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Registry(key).DeleteAsync(Context(actor), id, expectedVersion, cancellationToken);

    public Task<ImportOutcome> ImportAsync(Actor actor, string key, Stream content, string fileName, CancellationToken cancellationToken = default) =>
        Registry(key).ImportAsync(Context(actor), content, fileName, cancellationToken);

    /// <summary>The Excel template: a "数据" sheet with the Chinese headers, and a "填写说明" sheet describing each column.</summary>
    public static void WriteTemplate(string key, Stream output) => Registry(key).WriteTemplate(output);

    private RegistryContext Context(Actor actor)
    {
        if (!actor.IsOfficeLevel)
        {
            throw new ForbiddenException("只有市知识产权局工作人员和管理员可以维护名录。", "Only office staff and administrators may maintain the registries.");
        }

        return new RegistryContext(db, audit, clock, actor);
    }

    private static IRegistry Registry(string key) =>
        All.FirstOrDefault(r => r.Info.Key == key)
        ?? throw new NotFoundException($"没有名为“{key}”的名录。", $"There is no registry '{key}'.");
}
