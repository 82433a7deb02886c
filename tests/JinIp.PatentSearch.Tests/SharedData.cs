using System.Text.Json;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Tests;

/// <summary>The real public data in ../shared/data (see SOURCES.md there), found by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string Patents(string file) => Path.Combine(Root, "patents", file);

    /// <summary>Title, abstract and claims of every row of the three real Chinese patent files, keyed by a made-up valid application number.</summary>
    public static IReadOnlyList<PatentRecord> RealTexts { get; } = LoadTexts();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "SOURCES.md")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/data not found beside the repository; the recall tests need the real patent files.");
    }

    private static List<PatentRecord> LoadTexts()
    {
        var records = new List<PatentRecord>();
        foreach (var line in File.ReadLines(Patents("kppatent_zh_abstracts_claims.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            records.Add(Text(records.Count, Str(json, "title"), Str(json, "abstract"), Str(json, "claims")));
        }

        foreach (var line in File.ReadLines(Patents("cn_g06f_pubno_title_abstract_cpc_57.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            records.Add(Text(records.Count, Str(json, "title"), Str(json, "abstract"), null));
        }

        using var reader = new StreamReader(Patents("cn_pubno_title_ipc_9740.csv"));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            // Titles may be quoted (RFC 4180) when they hold a comma.
            var first = line.IndexOf(',', StringComparison.Ordinal);
            var last = line.LastIndexOf(',');
            var title = line[(first + 1)..last];
            if (title.StartsWith('"'))
            {
                title = title[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            records.Add(Text(records.Count, title, null, null));
        }

        return records;
    }

    private static string? Str(JsonDocument json, string name) =>
        json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static PatentRecord Text(int i, string? title, string? abstractText, string? claims) => new()
    {
        ApplicationNumber = TestNumbers.Application(2020, 1, i),
        Type = PatentType.Invention,
        Title = title ?? string.Empty,
        Abstract = abstractText,
        Claims = claims,
    };
}

internal static class TestNumbers
{
    public static ApplicationNumber Application(int year, int type, int serial)
    {
        var digits = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}{type}{serial:D7}");
        return ApplicationNumber.Parse(digits + ApplicationNumber.ComputeCheck(digits));
    }
}
