using System.Collections.Frozen;

namespace JinIp.PatentSearch.Reference;

/// <summary>A statistical division: province (2-digit code), city (4) or county-level district (6).</summary>
public sealed record Region(string Code, string Name);

/// <summary>China's 2023 statistical divisions (provinces, cities, county-level districts) from the embedded table.</summary>
public static class Regions
{
    private static readonly Lazy<FrozenDictionary<string, Region>> ByCode = new(Load);

    public static IEnumerable<Region> All => ByCode.Value.Values;

    public static Region? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    /// <summary>The name to show for a code: a municipality's "市辖区" city level shows as the municipality.</summary>
    public static string? DisplayName(string code)
    {
        var region = Find(code);
        if (region is null)
        {
            return null;
        }

        return region.Name is "市辖区" or "县" && code.Length == 4 ? Find(code[..2])?.Name ?? region.Name : region.Name;
    }

    private static FrozenDictionary<string, Region> Load() =>
        EmbeddedTable.Read("regions-2023.tsv.gz")
            .Select(row => new Region(row[0], row[1]))
            .ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
}

/// <summary>Tianjin's 16 districts (天津市辖区, codes 1201xx) as the plan's district assessment uses them.</summary>
public static class TianjinDistricts
{
    public const string ProvinceCode = "12";
    public const string CityCode = "1201";

    public static IReadOnlyList<Region> All { get; } =
    [
        new("120101", "和平区"), new("120102", "河东区"), new("120103", "河西区"), new("120104", "南开区"),
        new("120105", "河北区"), new("120106", "红桥区"), new("120110", "东丽区"), new("120111", "西青区"),
        new("120112", "津南区"), new("120113", "北辰区"), new("120114", "武清区"), new("120115", "宝坻区"),
        new("120116", "滨海新区"), new("120117", "宁河区"), new("120118", "静海区"), new("120119", "蓟州区"),
    ];

    public static bool IsDistrictCode(string code) => All.Any(d => d.Code == code);
}
