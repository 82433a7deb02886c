using System.Globalization;
using JinIp.Platform.Errors;
using MiniExcelLibs;

namespace JinIp.Registries.Import;

/// <summary>The first sheet of an uploaded .xlsx file as text cells by header, with Excel row numbers (the header is row 1).</summary>
internal sealed class ExcelSheet
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private ExcelSheet(IReadOnlyList<string> headers, IReadOnlyList<ExcelRow> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<ExcelRow> Rows { get; }

    public static ExcelSheet Read(Stream content)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ValidationException("file", "Excel 文件超过 10 MB 上限。", "The Excel file exceeds the 10 MB limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            throw NotExcel();
        }

        try
        {
            // Read without MiniExcel's header handling: it yields nothing for a sheet with headers but no rows,
            // and the first row's cells by column letter let each later cell be matched to its header.
            buffer.Position = 0;
            var headers = new List<string>();
            var letters = new Dictionary<string, string>(StringComparer.Ordinal);
            var rows = new List<ExcelRow>();
            var number = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                if (number == 1)
                {
                    foreach (var (letter, value) in row)
                    {
                        if (Text(value) is { Length: > 0 } header)
                        {
                            headers.Add(header);
                            letters[letter] = header;
                        }
                    }

                    continue;
                }

                var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var (letter, value) in row)
                {
                    if (letters.TryGetValue(letter, out var header))
                    {
                        cells[header] = Text(value);
                    }
                }

                rows.Add(new ExcelRow(number, cells));
            }

            return new ExcelSheet(headers, rows);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException or ArgumentException or NotSupportedException or FormatException or IOException)
        {
            throw NotExcel();
        }
    }

    /// <summary>A header as written, without a required-marker asterisk and surrounding spaces.</summary>
    public static string CleanHeader(string header) => header.Trim().TrimEnd('*', '＊').Trim();

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => ((long)number).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static ValidationException NotExcel() =>
        new("file", "不是有效的 Excel 工作簿（.xlsx），请使用下载的模板。", "The file is not a valid Excel workbook (.xlsx); use the downloadable template.");
}

internal sealed record ExcelRow(int Number, IReadOnlyDictionary<string, string?> Cells);
