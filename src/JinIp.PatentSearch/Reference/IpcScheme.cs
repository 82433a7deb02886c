using System.Collections.Frozen;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Reference;

/// <summary>One code of the scheme with its Chinese title.</summary>
public sealed record IpcEntry(string Code, string Title, bool HasChildren);

/// <summary>The IPC scheme (2026.01) with Chinese titles, from the embedded table.</summary>
public static class IpcScheme
{
    private static readonly Lazy<FrozenDictionary<string, string>> Titles = new(Load);

    public static int Count => Titles.Value.Count;

    /// <summary>Every code the scheme titles.</summary>
    public static IEnumerable<string> AllCodes => Titles.Value.Keys;

    /// <summary>The Chinese title of a code at any level, or null when the scheme does not list it.</summary>
    public static string? TitleOf(string code) => Titles.Value.GetValueOrDefault(code);

    public static string? TitleOf(IpcCode code) => TitleOf(code.Code);

    public static bool Contains(string code) => Titles.Value.ContainsKey(code);

    /// <summary>
    /// The codes one level below <paramref name="code"/> in scheme order: sections for null, then classes,
    /// subclasses, main groups (<c>H01M10/00</c>) and, under a main group, its subgroups.
    /// </summary>
    public static IReadOnlyList<IpcEntry> ChildrenOf(string? code) =>
        Children.Value.TryGetValue(code ?? "", out var children) ? children : [];

    /// <summary>Codes whose Chinese title contains <paramref name="text"/> (or whose code starts with it), broadest level first.</summary>
    public static IReadOnlyList<IpcEntry> Find(string text, int max)
    {
        var needle = text.Trim();
        if (needle.Length == 0)
        {
            return [];
        }

        var upper = needle.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        return Ordered.Value
            .Where(e => e.Code.StartsWith(upper, StringComparison.Ordinal) || e.Title.Contains(needle, StringComparison.Ordinal))
            .OrderBy(e => Depth(e.Code))
            .Take(max)
            .Select(e => e with { HasChildren = Children.Value.ContainsKey(e.Code) })
            .ToList();
    }

    /// <summary>The parent of a code in the scheme (null for a section).</summary>
    public static string? ParentOf(string code)
    {
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        return code.Length switch
        {
            1 => null,
            3 => code[..1],
            4 => code[..3],
            _ when slash > 0 && code[(slash + 1)..] == "00" => code[..4],
            _ when slash > 0 => code[..(slash + 1)] + "00",
            _ => null,
        };
    }

    /// <summary>Scheme order: groups by number (H01M2/00 before H01M10/00), subgroups by their digits as written.</summary>
    private static string SortKey(string code)
    {
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? code : code[..4] + code[4..slash].PadLeft(4, '0') + "/" + code[(slash + 1)..];
    }

    private static int Depth(string code) => code.Length switch
    {
        1 => 0,
        3 => 1,
        4 => 2,
        _ => code.EndsWith("/00", StringComparison.Ordinal) ? 3 : 4,
    };

    private static readonly Lazy<IReadOnlyList<IpcEntry>> Ordered = new(() =>
        EmbeddedTable.Read("ipc-zh.tsv.gz").Select(row => new IpcEntry(row[0], row[1], false)).ToList());

    private static readonly Lazy<FrozenDictionary<string, IpcEntry[]>> Children = new(() =>
    {
        // The source table lacks a few headings (e.g. C01B, B62J, F16D) whose groups it lists: those headings
        // are added without a title, so every listed code can be reached by browsing.
        var all = Ordered.Value.ToList();
        var known = all.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Ordered.Value)
        {
            for (var parent = ParentOf(entry.Code); parent is not null && known.Add(parent); parent = ParentOf(parent))
            {
                all.Add(new IpcEntry(parent, "", true));
            }
        }

        all.Sort((a, b) => string.CompareOrdinal(SortKey(a.Code), SortKey(b.Code)));
        var parents = all.Select(e => ParentOf(e.Code)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return all
            .GroupBy(e => ParentOf(e.Code) ?? "", StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e with { HasChildren = parents.Contains(e.Code) }).ToArray(), StringComparer.Ordinal);
    });

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
