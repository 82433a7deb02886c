using System.Text.Json;
using System.Text.Json.Serialization;
using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Units;

/// <summary>What kind of unit takes part in the plan.</summary>
public enum UnitKind
{
    /// <summary>The coordinating office, 市知识产权局.</summary>
    Office,

    /// <summary>A member unit of the strategy leading group: court, procuratorate, customs …</summary>
    Member,

    /// <summary>One of the 16 district offices.</summary>
    District,

    /// <summary>A service centre such as 中国（天津）知识产权保护中心.</summary>
    Centre,
}

/// <summary>A unit that can lead or co-operate on work points.</summary>
/// <param name="Id">A stable identifier, e.g. court, district-binhai.</param>
/// <param name="Name">The name staff use, e.g. 市高级人民法院.</param>
/// <param name="Kind">Office, member unit, district office or centre.</param>
/// <param name="Aliases">Other names the plan documents use for it.</param>
/// <param name="DistrictCode">The administrative code (1201xx) for district offices.</param>
public sealed record PlanUnit(string Id, string Name, UnitKind Kind, IReadOnlyList<string> Aliases, string? DistrictCode);

/// <summary>A keyword rule: text that mentions one of the keywords suggests the units.</summary>
/// <param name="Keywords">Words such as 审判 or 植物新品种.</param>
/// <param name="UnitIds">Unit ids; <c>@districts</c> stands for all district offices.</param>
/// <param name="Weight">How strongly a match points at the units; a headline match counts double.</param>
public sealed record UnitKeywordRule(IReadOnlyList<string> Keywords, IReadOnlyList<string> UnitIds, int Weight);

/// <summary>
/// The units of the Tianjin plan (office, member units, district offices, protection centre) with their
/// aliases and the keyword rules that suggest them. The data lives in <c>Units/tianjin-units.json</c>.
/// </summary>
public sealed class UnitDirectory
{
    /// <summary>The id that stands for every district office in a keyword rule.</summary>
    public const string AllDistricts = "@districts";

    private const string ResourceName = "JinIp.Strategy.Units.tianjin-units.json";

    private static readonly Lazy<UnitDirectory> TianjinDirectory = new(() =>
    {
        using var stream = typeof(UnitDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded unit directory {ResourceName} is missing.");
        return Load(stream);
    });

    private readonly Dictionary<string, PlanUnit> byId;
    private readonly Dictionary<string, IReadOnlyList<PlanUnit>> byName;

    private UnitDirectory(IReadOnlyList<PlanUnit> units, IReadOnlyList<UnitKeywordRule> rules, IEnumerable<(string Alias, UnitKind Kind)> groups)
    {
        Units = units;
        Rules = rules;
        byId = units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        byName = new Dictionary<string, IReadOnlyList<PlanUnit>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                byName.TryAdd(NormalizeName(name), [unit]);
            }
        }

        foreach (var (alias, kind) in groups)
        {
            byName.TryAdd(NormalizeName(alias), [.. units.Where(unit => unit.Kind == kind)]);
        }
    }

    /// <summary>The Tianjin directory shipped with JinIP.</summary>
    public static UnitDirectory Tianjin => TianjinDirectory.Value;

    /// <summary>All units, office first, then member units, district offices and centres as listed in the data.</summary>
    public IReadOnlyList<PlanUnit> Units { get; }

    /// <summary>The keyword rules, in the order they are listed.</summary>
    public IReadOnlyList<UnitKeywordRule> Rules { get; }

    /// <summary>The coordinating office.</summary>
    public PlanUnit Office => Units.First(unit => unit.Kind == UnitKind.Office);

    /// <summary>The 16 district offices.</summary>
    public IEnumerable<PlanUnit> DistrictOffices => Units.Where(unit => unit.Kind == UnitKind.District);

    /// <summary>Reads a directory from JSON with <c>units</c>, <c>groups</c> and <c>rules</c>.</summary>
    public static UnitDirectory Load(Stream json)
    {
        var data = JsonSerializer.Deserialize<DirectoryJson>(json, JsonOptions)
            ?? throw new InvalidDataException("The unit directory is empty.");
        var units = data.Units.Select(unit => new PlanUnit(unit.Id, unit.Name, unit.Kind, unit.Aliases ?? [], unit.DistrictCode)).ToList();
        var rules = data.Rules.Select(rule => new UnitKeywordRule(rule.Keywords, rule.Units, rule.Weight)).ToList();

        var ids = units.Select(unit => unit.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = rules.SelectMany(rule => rule.UnitIds).FirstOrDefault(id => id != AllDistricts && !ids.Contains(id));
        if (unknown is not null)
        {
            throw new InvalidDataException($"A keyword rule names the unknown unit id '{unknown}'.");
        }

        return new UnitDirectory(units, rules, (data.Groups ?? []).Select(group => (group.Alias, group.Kind)));
    }

    /// <summary>The unit with this id, or null.</summary>
    public PlanUnit? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The units a name in a plan stands for: one unit for 市公安局 or 天津市公安局, all district offices for
    /// 各区人民政府, none for a name the directory does not know. Traditional characters and half-width
    /// brackets are accepted.
    /// </summary>
    public IReadOnlyList<PlanUnit> Resolve(string name)
    {
        var key = NormalizeName(name);
        if (byName.TryGetValue(key, out var units))
        {
            return units;
        }

        // 天津市公安局 is written as 市公安局 in the directory.
        if (key.StartsWith("天津市", StringComparison.Ordinal) && byName.TryGetValue(key[2..], out units))
        {
            return units;
        }

        return [];
    }

    private static string NormalizeName(string name) =>
        TextNormalizer.NormalizeLine(name).Replace('(', '（').Replace(')', '）').Replace(" ", string.Empty, StringComparison.Ordinal);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private sealed record DirectoryJson(List<UnitJson> Units, List<GroupJson>? Groups, List<RuleJson> Rules);

    private sealed record UnitJson(string Id, string Name, UnitKind Kind, List<string>? Aliases, string? DistrictCode);

    private sealed record GroupJson(string Alias, UnitKind Kind);

    private sealed record RuleJson(List<string> Keywords, List<string> Units, int Weight);
}
