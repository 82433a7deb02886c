using System.ComponentModel;
using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using JinIp.Patents.Data;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SearchResult = JinIp.PatentSearch.Searching.SearchResult;

namespace JinIp.Web.Api;

/// <summary>
/// Export of a search result (up to 10,000 patents) as CSV or Excel, with the columns the user picks.
/// Both formats are streamed: rows are read 500 at a time from the index and the database and written as they come.
/// </summary>
internal static class PatentExportApi
{
    public const int MaxRows = 10_000;

    /// <summary>Hits read from the index (and records from the database) per round trip.</summary>
    public const int PageSize = 500;

    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>Rows a selection export can name: keeps the address under Kestrel's 8 KB request line.</summary>
    public const int MaxSelectedKeys = 200;

    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Separator of several values in one cell (applicants, inventors, IPC codes, publication numbers).</summary>
    public const string ValueSeparator = "; ";

    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// The exportable columns, in the order they are written. <see cref="ExportField.NumberLike"/> columns hold digits
    /// that Excel would turn into numbers (202110123456.7 loses nothing visibly but 202110123456.0 loses its check
    /// digit, and longer ones go to scientific notation); they are always written as text. The patent number (专利号,
    /// ZL + application number) is given only once the patent is granted: a pending or rejected application has none.
    /// </summary>
    public static readonly IReadOnlyList<ExportField> Fields =
    [
        new("an", [], "申请号", "Application number", true, (r, _) => r.ApplicationNumber?.ToString()),
        new("patentno", ["zl"], "专利号", "Patent number", false, (r, _) => r.ApplicationNumber is { } an && IsGranted(r) ? an.PatentNumber : null),
        new("pn", [], "公开（公告）号", "Publication numbers", false, (r, _) => Join(r.Publications.Select(p => p.Number.ToString()))),
        new("type", [], "专利类型", "Type", false, (r, zh) => zh ? r.Type.ChineseName() : TypeName(r.Type)),
        new("title", ["ti"], "名称", "Title", false, (r, _) => r.Title),
        new("abstract", ["ab"], "摘要", "Abstract", false, (r, _) => r.Abstract),
        new("applicants", ["pa"], "申请人", "Applicants", false, (r, _) => Join(r.Applicants.Select(a => a.Name))),
        new("inventors", ["in"], "发明人", "Inventors", false, (r, _) => Join(r.Inventors)),
        new("agency", ["ag"], "代理机构", "Agency", false, (r, _) => r.Agency),
        new("mainipc", ["mc"], "主分类号", "Main IPC", false, (r, _) => r.MainIpc?.Code),
        new("ipc", ["ic"], "分类号", "IPC", false, (r, _) => Join(r.Ipcs.Select(i => i.Code))),
        new("ad", [], "申请日", "Application date", false, (r, _) => Date(r.ApplicationDate)),
        new("pd", [], "公开（公告）日", "Publication date", false, (r, _) => Date(r.FirstPublicationDate)),
        new("gd", [], "授权日", "Grant date", false, (r, _) => Date(r.GrantDate)),
        new("status", ["ls"], "法律状态", "Legal status", false, (r, zh) => zh ? r.LegalStatus.ChineseName() : StatusName(r.LegalStatus)),
        new("address", ["dz"], "地址", "Address", false, (r, _) => r.Address),
        new("district", ["co"], "区划代码", "Division code", true, (r, _) => r.Region?.Code),
    ];

    /// <summary>The columns when the request names none.</summary>
    public static readonly IReadOnlyList<string> DefaultFields = ["an", "pn", "title", "type", "applicants", "ad", "pd", "mainipc", "status"];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static IEndpointRouteBuilder MapPatentExportApi(this IEndpointRouteBuilder app)
    {
        var fieldList = string.Join(", ", Fields.Select(f => $"{f.Key} ({f.ChineseName} / {f.EnglishName})"));
        app.MapGroup("/api/v1/patents").WithTags("Patents").AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit)
            .MapGet("/export", Export)
            .WithName("ExportPatents")
            .WithSummary("Export a query's hits (at most 10,000) as CSV (UTF-8 with BOM) or Excel, streamed; the X-Total-Count header gives the number of rows that follow, for a progress bar")
            .WithDescription(
                "Example: /api/v1/patents/export?q=TI%3D%E9%94%82%E7%94%B5%E6%B1%A0%20AND%20AD%3E%3D2019-01-01&format=xlsx&fields=an,pn,title,applicants,ad&sort=date&max=5000. "
                + $"Fields: {fieldList}. Without fields: {string.Join(",", DefaultFields)}. "
                + "Column headers are Chinese, English with Accept-Language: en. Several values in one cell are separated by \"; \". "
                + "Application numbers and division codes stay text in Excel: in CSV they are written as =\"202110123456.7\", in Excel as text cells. "
                + "The response is streamed: X-Total-Count (the number of data rows that will be written) is sent before the first row, so a client can show "
                + "progress as rows (CSV lines) arrive. A query error answers 400 with its position; an unknown field, a format other than csv or xlsx, "
                + "or max above 10,000 answers 400 naming the parameter.")
            .Produces(StatusCodes.Status200OK)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                DescribeOperation(operation);
                return Task.CompletedTask;
            });
        return app;
    }

    /// <summary>The file responses, the progress header and example values, which the endpoint metadata cannot express.</summary>
    private static void DescribeOperation(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Description = "The file, as an attachment (patents-yyyyMMdd-HHmm.csv or .xlsx).";
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                [XlsxContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            };
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[TotalCountHeader] = new OpenApiHeader
            {
                Description = "Number of data rows in the file (hits, capped at max), sent before the body for a progress indicator.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }

        var examples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["q"] = "TI=(锂电池 OR 钠离子电池) AND AD>=2019-01-01",
            ["format"] = "xlsx",
            ["fields"] = "an,pn,title,applicants,ad,status",
            ["sort"] = "date",
            ["max"] = "5000",
        };
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && examples.TryGetValue(name, out var example))
            {
                parameter.Example = name == "max" ? JsonValue.Create(int.Parse(example, CultureInfo.InvariantCulture)) : JsonValue.Create(example);
            }
        }
    }

    /// <summary>One exportable column: its key in <c>fields</c>, other accepted names, headers, and how a record fills it.</summary>
    public sealed record ExportField(string Key, IReadOnlyList<string> Aliases, string ChineseName, string EnglishName, bool NumberLike, Func<PatentRecord, bool, string?> Value)
    {
        public string Header(bool zh) => zh ? ChineseName : EnglishName;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        HttpContext http,
        PatentIndexHost index,
        PatentDbContext db,
        TimeProvider clock,
        [FromQuery, Description("Command query, as for /search, e.g. TI=(锂电池 OR 钠离子电池) AND PA=天津大学")] string? q,
        [FromQuery, Description("csv (default) or xlsx")] string? format,
        [FromQuery, Description("Comma-separated columns, e.g. an,pn,title,applicants,ad; see the description for the list")] string? fields,
        [FromQuery, Description("relevance (default), date (newest first) or date-asc")] string? sort,
        [FromQuery, Description("At most this many rows, 1 to 10,000 (default 10,000)")] int? max,
        [FromQuery, Description("Instead of q: the selected patents' application (or publication) numbers, comma-separated, at most 200, exported in this order")] string? keys)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var errors = new Dictionary<string, string[]>();
        var selected = keys?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (selected is not null && (selected.Count is 0 or > MaxSelectedKeys || selected.Any(k => k.Length > 32)))
        {
            errors["keys"] = [zh ? "请选择 1 到 200 件专利（每个号码最多 32 个字符）。" : "Select 1 to 200 patents (each number at most 32 characters)."];
        }
        else if (selected is null && (string.IsNullOrWhiteSpace(q) || q.Length > 2_000))
        {
            errors["q"] = [zh ? "请输入检索式（最多 2000 个字符）。" : "Enter a query (at most 2,000 characters)."];
        }

        var xlsx = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => false,
            "xlsx" or "excel" => true,
            _ => (bool?)null,
        };
        if (xlsx is null)
        {
            errors["format"] = [zh ? "导出格式须为 csv 或 xlsx。" : "format must be csv or xlsx."];
        }

        var columns = ParseFields(fields, out var unknown);
        if (unknown.Count > 0)
        {
            var valid = string.Join(", ", Fields.Select(f => f.Key));
            errors["fields"] = [zh
                ? $"未知的导出字段：{string.Join("、", unknown)}。可用字段：{valid}。"
                : $"Unknown export field(s): {string.Join(", ", unknown)}. Available: {valid}."];
        }

        SearchSort? order = sort?.Trim() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.ApplicationDateDescending,
            "date-asc" => SearchSort.ApplicationDateAscending,
            _ => null,
        };
        if (order is null)
        {
            errors["sort"] = [zh ? "排序方式须为 relevance、date 或 date-asc。" : "sort must be relevance, date or date-asc."];
        }

        var limit = max ?? MaxRows;
        if (limit is < 1 or > MaxRows)
        {
            errors["max"] = [zh ? "导出条数须在 1 到 10,000 之间。" : "max must be between 1 and 10,000."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: zh ? "输入有误" : "The input is not valid");
        }

        if (selected is not null)
        {
            SetFileHeaders(http, clock, xlsx!.Value, selected.Count, zh);
            var chosen = ReadSelectedAsync(selected, db, http.RequestAborted);
            return xlsx.Value
                ? TypedResults.Stream(body => WriteXlsxAsync(body, chosen, columns, zh, http.RequestAborted), XlsxContentType)
                : TypedResults.Stream(body => WriteCsvAsync(body, chosen, columns, zh, http.RequestAborted), CsvContentType);
        }

        var searcher = index.Searcher;
        SearchResult first;
        try
        {
            // The first page is read now: a query error must become a 400 before any byte of the file is sent.
            first = searcher.Search(q!, new SearchRequest { Sort = order!.Value, Offset = 0, Limit = Math.Min(PageSize, limit), SnippetLength = 0 });
        }
        catch (QuerySyntaxException ex)
        {
            return PatentsApi.QueryProblem(ex, zh);
        }

        var total = Math.Min(first.TotalHits, limit);
        SetFileHeaders(http, clock, xlsx!.Value, total, zh);
        var rows = ReadAsync(searcher, first, order!.Value, total, db, http.RequestAborted);
        return xlsx.Value
            ? TypedResults.Stream(body => WriteXlsxAsync(body, rows, columns, zh, http.RequestAborted), XlsxContentType)
            : TypedResults.Stream(body => WriteCsvAsync(body, rows, columns, zh, http.RequestAborted), CsvContentType);
    }

    /// <summary>The attachment name (Chinese for Chinese callers) and the row count sent before the body.</summary>
    private static void SetFileHeaders(HttpContext http, TimeProvider clock, bool xlsx, int total, bool zh)
    {
        var extension = xlsx ? "xlsx" : "csv";
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"patents-{stamp}.{extension}",
        };
        if (zh)
        {
            // Browsers that read filename* save it under the Chinese name; the plain filename is the ASCII fallback.
            disposition.FileNameStar = $"专利导出-{stamp}.{extension}";
        }

        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);
        headers.CacheControl = "no-store";
    }

    /// <summary>The selected patents in the order given; numbers without a record are left out.</summary>
    private static async IAsyncEnumerable<PatentRecord> ReadSelectedAsync(IReadOnlyList<string> keys, PatentDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var normalized = keys.Select(k => ApplicationNumber.TryParse(k, out var number) ? number.ToString() : k.ToUpperInvariant()).ToList();
        var records = await db.Patents.AsNoTracking().Where(p => normalized.Contains(p.Key)).Select(p => new { p.Key, p.Record })
            .ToDictionaryAsync(p => p.Key, p => p.Record, StringComparer.Ordinal, cancellationToken);
        foreach (var key in normalized)
        {
            if (records.TryGetValue(key, out var json))
            {
                yield return PatentRecordJson.Deserialize(json);
            }
        }
    }

    /// <summary>The requested columns in the order given; unknown names are returned for the error message.</summary>
    internal static IReadOnlyList<ExportField> ParseFields(string? fields, out List<string> unknown)
    {
        unknown = [];
        if (string.IsNullOrWhiteSpace(fields))
        {
            return DefaultFields.Select(k => Fields.First(f => f.Key == k)).ToList();
        }

        var columns = new List<ExportField>();
        foreach (var name in fields.Split([',', '，', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var field = Fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)
                || f.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)
                || f.ChineseName == name);
            if (field is null)
            {
                unknown.Add(name);
            }
            else if (!columns.Contains(field))
            {
                columns.Add(field);
            }
        }

        return columns;
    }

    /// <summary>
    /// The hits' full records in hit order, <see cref="PageSize"/> at a time: one index search and one database query per page.
    /// A patent the index moved between pages (the indexer refreshed meanwhile) is written once; one deleted from the
    /// database since it was indexed is left out.
    /// </summary>
    private static async IAsyncEnumerable<PatentRecord> ReadAsync(
        PatentSearcher searcher, SearchResult first, SearchSort sort, int total, PatentDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = first;
        var requested = Math.Min(PageSize, total);
        var offset = 0;
        var written = 0;
        while (true)
        {
            var keys = page.Hits.Select(h => h.Key).Where(seen.Add).Take(total - written).ToList();
            if (keys.Count > 0)
            {
                var records = await db.Patents.AsNoTracking().Where(p => keys.Contains(p.Key)).Select(p => new { p.Key, p.Record })
                    .ToDictionaryAsync(p => p.Key, p => p.Record, StringComparer.Ordinal, cancellationToken);
                foreach (var key in keys)
                {
                    if (records.TryGetValue(key, out var json))
                    {
                        written++;
                        yield return PatentRecordJson.Deserialize(json);
                    }
                }
            }

            offset += page.Hits.Count;
            if (written >= total || page.Hits.Count < requested)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            requested = Math.Min(PageSize, total - written);
            page = searcher.Search(first.Query, new SearchRequest { Sort = sort, Offset = offset, Limit = requested, SnippetLength = 0 });
        }
    }

    /// <summary>
    /// RFC 4180 CSV in UTF-8 with a BOM (so Excel opens it as UTF-8), CRLF line ends, sent in blocks of about 32 KB.
    /// </summary>
    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<PatentRecord> rows, IReadOnlyList<ExportField> columns, bool zh, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Utf8Bom, cancellationToken);
        var block = new StringBuilder();
        AppendCsvLine(block, columns.Select(c => c.Header(zh)));
        await foreach (var record in rows.WithCancellation(cancellationToken))
        {
            AppendCsvLine(block, columns.Select(c => CsvCell(c, c.Value(record, zh))));
            if (block.Length >= 32 * 1024)
            {
                await FlushAsync(body, block, cancellationToken);
            }
        }

        await FlushAsync(body, block, cancellationToken);
    }

    private static async Task FlushAsync(Stream body, StringBuilder block, CancellationToken cancellationToken)
    {
        if (block.Length > 0)
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes(block.ToString()), cancellationToken);
            block.Clear();
        }

        await body.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The text of one CSV cell before quoting. Number-like values are written as the formula <c>="202110123456.7"</c>:
    /// Excel and WPS evaluate it to exactly that text, so nothing is rounded, cut or shown as 2.02E+11, and the cell
    /// holds no extra character (the other common trick, a leading tab, stays in the cell and breaks look-ups against
    /// numbers typed by hand). Other readers see the wrapper, which <c>="</c>…<c>"</c> makes easy to strip.
    /// Any other value that Excel would take for a formula (starting with = + - @) gets a leading apostrophe, so a
    /// title from an imported file cannot run as a formula on the user's machine (CSV injection).
    /// </summary>
    internal static string CsvCell(ExportField field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (field.NumberLike)
        {
            return "=\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    private static void AppendCsvLine(StringBuilder line, IEnumerable<string> cells)
    {
        var firstCell = true;
        foreach (var cell in cells)
        {
            if (!firstCell)
            {
                line.Append(',');
            }

            firstCell = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(cell);
            }
        }

        line.Append("\r\n");
    }

    /// <summary>
    /// One sheet written by MiniExcel straight into the response as the rows arrive. Every cell is a string cell
    /// (application numbers, codes and dates included), so Excel shows exactly what the API returns.
    /// </summary>
    private static async Task WriteXlsxAsync(Stream body, IAsyncEnumerable<PatentRecord> rows, IReadOnlyList<ExportField> columns, bool zh, CancellationToken cancellationToken)
    {
        var headers = columns.Select(c => c.Header(zh)).ToList();
        var configuration = new OpenXmlConfiguration
        {
            // Default table style: the header row shaded with white text and borders (MiniExcel has no bold-font
            // option), frozen, with an auto filter. No auto width and no fast mode: both seek back in the sheet,
            // which a stream to the client cannot do; fixed widths are written before the rows instead.
            TableStyles = TableStyles.Default,
            FreezeRowCount = 1,

            // MiniExcel's writer buffers 512 K characters by default and hands them over on dispose, synchronously:
            // a small buffer keeps the sheet flowing to the client in ~8 KB asynchronous writes as rows arrive.
            BufferSize = 32 * 1024,
            DynamicColumns = columns.Select((c, i) => new DynamicExcelColumn(headers[i]) { Index = i, Width = WidthOf(c) }).ToArray(),
        };

        await using var output = new AsyncOnlyStream(body);
        object values = await HasAnyAsync(rows, cancellationToken) is { } peeked
            ? Cells(peeked, columns, headers, zh, cancellationToken)
            : EmptyTable(headers);
        await MiniExcel.SaveAsAsync(output, values, sheetName: zh ? "专利" : "Patents", excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<Dictionary<string, object>> Cells(
        PeekedRows rows, IReadOnlyList<ExportField> columns, List<string> headers, bool zh, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = rows.Enumerator;
        var more = true;
        while (more)
        {
            var record = enumerator.Current;
            var row = new Dictionary<string, object>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                row[headers[i]] = columns[i].Value(record, zh) ?? string.Empty;
            }

            yield return row;
            more = await enumerator.MoveNextAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>An enumerator already moved to its first row.</summary>
    private sealed record PeekedRows(IAsyncEnumerator<PatentRecord> Enumerator);

    private static async Task<PeekedRows?> HasAnyAsync(IAsyncEnumerable<PatentRecord> rows, CancellationToken cancellationToken)
    {
        var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        if (await enumerator.MoveNextAsync())
        {
            return new PeekedRows(enumerator);
        }

        await enumerator.DisposeAsync();
        return null;
    }

    /// <summary>No hits: MiniExcel writes no header for an empty sequence, but does for an empty table.</summary>
    private static DataTable EmptyTable(List<string> headers)
    {
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        return table;
    }

    private static double WidthOf(ExportField field) => field.Key switch
    {
        "title" or "applicants" or "address" or "agency" => 40,
        "abstract" => 80,
        "inventors" or "ipc" or "pn" => 30,
        "an" or "patentno" => 20,
        _ => 14,
    };

    private static bool IsGranted(PatentRecord record) => record.GrantDate is not null || record.Publications.Any(p => p.Number.IsGrant);

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(ValueSeparator, values);
        return text.Length == 0 ? null : text;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string TypeName(PatentType type) => type switch
    {
        PatentType.Invention => "Invention",
        PatentType.UtilityModel => "Utility model",
        _ => "Design",
    };

    internal static string StatusName(LegalStatus status) => status switch
    {
        LegalStatus.Pending => "Pending",
        LegalStatus.Valid => "Valid",
        LegalStatus.Lapsed => "Lapsed (fees unpaid)",
        LegalStatus.Expired => "Expired",
        LegalStatus.Invalidated => "Invalidated",
        LegalStatus.Withdrawn => "Withdrawn",
        LegalStatus.Rejected => "Rejected",
        _ => "Abandoned",
    };

    /// <summary>
    /// A write-only view of the response body for writers that mix asynchronous writes with a few small synchronous
    /// ones (ZipArchive writes each entry's trailer and the central directory synchronously), where the server allows
    /// no synchronous I/O: synchronous writes are kept in memory and go out with the next asynchronous write or flush.
    /// </summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

        public override void WriteByte(byte value) => _pending.WriteByte(value);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await DrainAsync(cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
            // Held until the next asynchronous write or flush.
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await DrainAsync(cancellationToken);
            await inner.FlushAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            await DrainAsync(CancellationToken.None);
            await _pending.DisposeAsync();
            await base.DisposeAsync();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private async Task DrainAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                _pending.SetLength(0);
            }
        }
    }
}
