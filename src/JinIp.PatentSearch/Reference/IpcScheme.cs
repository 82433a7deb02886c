using System.Collections.Frozen;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Reference;

/// <summary>The IPC scheme (2026.01) with Chinese titles, from the embedded table.</summary>
public static class IpcScheme
{
    private static readonly Lazy<FrozenDictionary<string, string>> Titles = new(Load);

    public static int Count => Titles.Value.Count;

    /// <summary>The Chinese title of a code at any level, or null when the scheme does not list it.</summary>
    public static string? TitleOf(string code) => Titles.Value.GetValueOrDefault(code);

    public static string? TitleOf(IpcCode code) => TitleOf(code.Code);

    public static bool Contains(string code) => Titles.Value.ContainsKey(code);

    private static FrozenDictionary<string, string> Load()
    {
        var titles = new Dictionary<string, string>(80_000, StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Read("ipc-zh.tsv.gz"))
        {
            titles[row[0]] = row[1];
        }

        return titles.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
