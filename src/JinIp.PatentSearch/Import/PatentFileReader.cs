using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace JinIp.PatentSearch.Import;

/// <summary>
/// Reads patent records from CSV/TSV, JSON Lines or Excel (.xlsx) files, one <see cref="ImportRow"/> per data
/// row, streaming (a file of millions of rows is never held in memory). Line numbers are the file's: the CSV
/// header is line 1, the first JSON line is line 1, the Excel header row is row 1.
/// </summary>
public static class PatentFileReader
{
    public static IEnumerable<ImportRow> Read(string path, ImportProfile? profile = null)
    {
        profile ??= ImportProfile.ForFile(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".CSV" or ".TSV" or ".TXT" => ReadDelimited(path, profile),
            ".JSONL" or ".NDJSON" or ".JSON" => ReadJsonLines(path, profile),
            ".XLSX" => ReadExcel(path, profile),
            _ => throw new NotSupportedException($"Unsupported file type {extension}: use .csv, .tsv, .jsonl or .xlsx / 不支持的文件类型 {extension}"),
        };
    }

    private static IEnumerable<ImportRow> ReadDelimited(string path, ImportProfile profile)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var columns = reader.Header.ColNames.Select(name => profile.ColumnFor(name)).ToArray();
        var line = 1;
        foreach (var row in reader)
        {
            line++;
            var mapped = new Dictionary<PatentColumn, List<string>>();
            for (var i = 0; i < columns.Length && i < row.ColCount; i++)
            {
                if (columns[i] is { } column)
                {
                    Add(mapped, column, row[i].ToString());
                }
            }

            yield return PatentRowMapper.Map(line, mapped, profile);
        }
    }

    private static IEnumerable<ImportRow> ReadJsonLines(string path, ImportProfile profile)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            Dictionary<PatentColumn, List<string>>? mapped = null;
            string? error = null;
            try
            {
                mapped = MapJson(text, profile);
            }
            catch (JsonException e)
            {
                error = e.Message;
            }

            yield return mapped is null
                ? new ImportRow(line, null, [new ImportIssue(line, "json", "该行不是有效的JSON：" + error, "line is not valid JSON: " + error, true)])
                : PatentRowMapper.Map(line, mapped, profile);
        }
    }

    private static Dictionary<PatentColumn, List<string>> MapJson(string text, ImportProfile profile)
    {
        using var json = JsonDocument.Parse(text);
        var mapped = new Dictionary<PatentColumn, List<string>>();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (profile.ColumnFor(property.Name) is not { } column)
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (Scalar(item) is { } value)
                    {
                        Add(mapped, column, value);
                    }
                }
            }
            else if (Scalar(property.Value) is { } value)
            {
                Add(mapped, column, value);
            }
        }

        return mapped;
    }

    private static IEnumerable<ImportRow> ReadExcel(string path, ImportProfile profile)
    {
        var line = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: true))
        {
            line++;
            var mapped = new Dictionary<PatentColumn, List<string>>();
            foreach (var (name, value) in row)
            {
                if (value is not null && profile.ColumnFor(name) is { } column)
                {
                    Add(mapped, column, value switch
                    {
                        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString() ?? string.Empty,
                    });
                }
            }

            yield return PatentRowMapper.Map(line, mapped, profile);
        }
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static void Add(Dictionary<PatentColumn, List<string>> mapped, PatentColumn column, string value)
    {
        if (!mapped.TryGetValue(column, out var list))
        {
            mapped[column] = list = [];
        }

        list.Add(value);
    }
}
