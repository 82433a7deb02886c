using System.Collections.Frozen;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Reference;

/// <summary>A strategic emerging industry (战略性新兴产业) at the level of the 40 codes such as 1.1 下一代信息网络产业.</summary>
public sealed record StrategicEmergingIndustry(string Code, string Name);

/// <summary>The CNIPA table that maps IPC codes to strategic emerging industries.</summary>
public static class StrategicEmergingIndustries
{
    private static readonly Lazy<Table> Data = new(Load);

    public static IReadOnlyList<StrategicEmergingIndustry> All => Data.Value.Industries;

    public static StrategicEmergingIndustry? Find(string code) => Data.Value.ByCode.GetValueOrDefault(code);

    /// <summary>
    /// The industries an IPC code belongs to. The table lists exact codes (a subclass row does not cover its
    /// groups), so the code itself is looked up; the two class-level rows (C08, G16) can only mean the whole class.
    /// </summary>
    public static IReadOnlyList<string> ForIpc(IpcCode code)
    {
        var map = Data.Value.ByIpc;
        if (map.TryGetValue(code.Code, out var exact))
        {
            return exact;
        }

        return code.Class is { } cls && map.TryGetValue(cls, out var byClass) ? byClass : [];
    }

    /// <summary>The distinct industries of all of a patent's IPC codes, sorted by code.</summary>
    public static IReadOnlyList<string> ForIpcs(IEnumerable<IpcCode> codes)
    {
        SortedSet<string>? result = null;
        foreach (var code in codes)
        {
            var industries = ForIpc(code);
            if (industries.Count > 0)
            {
                result ??= new SortedSet<string>(StringComparer.Ordinal);
                result.UnionWith(industries);
            }
        }

        return result is null ? [] : [.. result];
    }

    private static Table Load()
    {
        var industries = new List<StrategicEmergingIndustry>();
        var byIpc = new Dictionary<string, string[]>(40_000, StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Read("sei-ipc.tsv.gz"))
        {
            if (row[0].StartsWith('@'))
            {
                industries.Add(new StrategicEmergingIndustry(row[0][1..], row[1]));
            }
            else
            {
                byIpc[row[0]] = row[1].Split(',');
            }
        }

        return new Table(
            industries,
            industries.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal),
            byIpc.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record Table(
        IReadOnlyList<StrategicEmergingIndustry> Industries,
        FrozenDictionary<string, StrategicEmergingIndustry> ByCode,
        FrozenDictionary<string, string[]> ByIpc);
}
