using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Reference;

/// <summary>Infers province, city and district codes from a free-text Chinese applicant address.</summary>
public static class AddressResolver
{
    private static readonly Lazy<Index> Data = new(Build);

    // Former and informal names still common in Tianjin applicant addresses: the 2009 merger made 塘沽, 汉沽
    // and 大港 into 滨海新区, the development zones lie in it, and the counties became districts 2001–2016.
    private static readonly (string Alias, string Code)[] TianjinAliases =
    [
        ("塘沽", "120116"), ("汉沽", "120116"), ("大港", "120116"), ("经济技术开发区", "120116"), ("开发区", "120116"),
        ("保税区", "120116"), ("东疆", "120116"), ("生态城", "120116"), ("滨海高新区", "120116"), ("滨海新区", "120116"),
        ("武清县", "120114"), ("宝坻县", "120115"), ("宁河县", "120117"), ("静海县", "120118"), ("蓟县", "120119"),
        ("华苑产业区", "120111"), ("西青开发区", "120111"), ("空港", "120116"),
    ];

    /// <summary>Returns null when no province can be recognized.</summary>
    public static RegionCode? Resolve(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var index = Data.Value;
        var (province, provinceEnd) = FindEarliest(address, 0, index.Provinces);
        if (province is null)
        {
            return null;
        }

        var (city, cityEnd) = FindEarliest(address, provinceEnd, index.CitiesByProvince[province.Code]);
        var areas = city is null ? index.AreasByProvince[province.Code] : index.AreasByCity.GetValueOrDefault(city.Code, []);
        var (area, _) = FindEarliest(address, city is null ? provinceEnd : cityEnd, areas);

        if (area is null && province.Code == TianjinDistricts.ProvinceCode)
        {
            foreach (var (alias, code) in TianjinAliases)
            {
                if (address.IndexOf(alias, provinceEnd, StringComparison.Ordinal) >= 0)
                {
                    area = new NamedRegion(code, alias, alias);
                    break;
                }
            }
        }

        var cityCode = city?.Code ?? area?.Code[..4] ?? MunicipalityCity(province.Code);
        return new RegionCode(province.Code, cityCode, area?.Code);
    }

    private static string? MunicipalityCity(string provinceCode) =>
        provinceCode is "11" or "12" or "31" or "50" ? provinceCode + "01" : null;

    private static (NamedRegion? Region, int End) FindEarliest(string text, int from, IReadOnlyList<NamedRegion> candidates)
    {
        NamedRegion? best = null;
        int bestAt = int.MaxValue, bestEnd = from;
        foreach (var candidate in candidates)
        {
            foreach (var name in candidate.Name == candidate.ShortName ? [candidate.Name] : new[] { candidate.Name, candidate.ShortName })
            {
                var at = text.IndexOf(name, from, StringComparison.Ordinal);
                // Prefer the earliest match, and at the same place the longer name (全称 before 简称).
                if (at >= 0 && (at < bestAt || (at == bestAt && at + name.Length > bestEnd)))
                {
                    best = candidate;
                    bestAt = at;
                    bestEnd = at + name.Length;
                }
            }
        }

        return (best, best is null ? from : bestEnd);
    }

    private static Index Build()
    {
        var provinces = new List<NamedRegion>();
        var cities = new Dictionary<string, List<NamedRegion>>(StringComparer.Ordinal);
        var areasByProvince = new Dictionary<string, List<NamedRegion>>(StringComparer.Ordinal);
        var areasByCity = new Dictionary<string, List<NamedRegion>>(StringComparer.Ordinal);
        foreach (var region in Regions.All)
        {
            switch (region.Code.Length)
            {
                case 2:
                    provinces.Add(new NamedRegion(region.Code, region.Name, ShortProvince(region.Name)));
                    cities.TryAdd(region.Code, []);
                    areasByProvince.TryAdd(region.Code, []);
                    break;
                case 4 when region.Name is not ("市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划"):
                    Add(cities, region.Code[..2], new NamedRegion(region.Code, region.Name, ShortCity(region.Name)));
                    break;
                case 6 when region.Name is not "市辖区":
                    // County-level names are only matched in full: 南开 alone is also 南开大学.
                    var area = new NamedRegion(region.Code, region.Name, region.Name);
                    Add(areasByProvince, region.Code[..2], area);
                    Add(areasByCity, region.Code[..4], area);
                    break;
            }
        }

        return new Index(
            provinces,
            cities.ToDictionary(p => p.Key, p => (IReadOnlyList<NamedRegion>)p.Value, StringComparer.Ordinal),
            areasByProvince.ToDictionary(p => p.Key, p => (IReadOnlyList<NamedRegion>)p.Value, StringComparer.Ordinal),
            areasByCity.ToDictionary(p => p.Key, p => (IReadOnlyList<NamedRegion>)p.Value, StringComparer.Ordinal));

        static void Add(Dictionary<string, List<NamedRegion>> map, string key, NamedRegion region)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(region);
        }
    }

    private static string ShortProvince(string name)
    {
        foreach (var suffix in new[] { "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string ShortCity(string name)
    {
        foreach (var suffix in new[] { "自治州", "地区", "市", "盟" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private sealed record NamedRegion(string Code, string Name, string ShortName);

    private sealed record Index(
        IReadOnlyList<NamedRegion> Provinces,
        IReadOnlyDictionary<string, IReadOnlyList<NamedRegion>> CitiesByProvince,
        IReadOnlyDictionary<string, IReadOnlyList<NamedRegion>> AreasByProvince,
        IReadOnlyDictionary<string, IReadOnlyList<NamedRegion>> AreasByCity);
}
