using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace JinIp.Web.Tests;

/// <summary>
/// /api/v1/patents/export over the 2,000 demo patents: what goes out comes back unchanged, in CSV as Excel reads it
/// (numbers kept as text) and in XLSX through MiniExcel; bad input answers 400 before any file byte.
/// </summary>
public sealed partial class PatentExportTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>, IAsyncLifetime
{
    private static readonly string AllQuery = Uri.EscapeDataString("AD>=1900-01-01");
    private static readonly string[] EnglishTypes = ["Invention", "Utility model", "Design"];

    public Task InitializeAsync() => factory.WaitForIndexAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Csv_RoundTripsEveryHitWithNumbersAsText()
    {
        var client = factory.Anonymous();
        using var response = await client.GetAsync($"/api/v1/patents/export?q={AllQuery}&format=csv&fields=an,pn,title,applicants,ad,district&sort=date", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Null(response.Content.Headers.ContentLength); // streamed, not buffered
        Assert.Equal(DemoPatentsFactory.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches(@"^""?patents-\d{8}-\d{4}\.csv""?$", disposition.FileName);
        Assert.Matches(@"^专利导出-\d{8}-\d{4}\.csv$", disposition.FileNameStar);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["申请号", "公开（公告）号", "名称", "申请人", "申请日", "区划代码"], rows[0]);
        var data = rows.Skip(1).ToList();
        Assert.Equal(DemoPatentsFactory.Count, data.Count);

        // Number-like cells are Excel text formulas; what they evaluate to is the application number, digit for digit.
        var numbers = data.Select(r => ExcelText(r[0])).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^\d{12}\.[0-9X]$", n));
        Assert.Equal(DemoPatentsFactory.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(data, r => Assert.Matches(@"^\d{6}$", ExcelText(r[5])));

        // The order is the search API's order, and the cells are the API's values.
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/patents/search?q={AllQuery}&sort=date&size=100");
        var hits = page.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Select(h => h.GetProperty("applicationNumber").GetString()), numbers.Take(100));

        // A check digit 0 is what Excel would drop from a number (202110123456.0 → 202110123456): it must survive.
        var endsInZero = numbers.Select((n, i) => (n, i)).First(x => x.n.EndsWith(".0", StringComparison.Ordinal));
        foreach (var (number, at) in new[] { endsInZero, (numbers[0], 0), (numbers[^1], numbers.Count - 1) })
        {
            var patent = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/" + Uri.EscapeDataString(number));
            Assert.Equal(number, patent.GetProperty("applicationNumber").GetString());
            Assert.Equal(string.Join("; ", patent.GetProperty("publications").EnumerateArray().Select(p => p.GetProperty("number").GetString())), data[at][1]);
            Assert.Equal(patent.GetProperty("title").GetString(), data[at][2]);
            Assert.Equal(string.Join("; ", patent.GetProperty("applicants").EnumerateArray().Select(p => p.GetProperty("name").GetString())), data[at][3]);
            Assert.Equal(patent.GetProperty("applicationDate").GetString(), data[at][4]);
            Assert.Equal(patent.GetProperty("regionCode").GetString(), ExcelText(data[at][5]));
        }
    }

    [Fact]
    public async Task Xlsx_RoundTripsThroughMiniExcelAsTextCells()
    {
        var client = factory.Anonymous();
        using var response = await client.GetAsync($"/api/v1/patents/export?q={AllQuery}&format=xlsx&fields=an,patentno,pn,title,applicants,ad,status,district&sort=date&max=300");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("300", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var file = await response.Content.ReadAsByteArrayAsync();

        // In the sheet itself every cell is a string cell: Excel never sees a number to reformat.
        using (var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read))
        {
            using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var sheet = await reader.ReadToEndAsync();
            var cellTypes = CellType().Matches(sheet).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.Equal(["str"], cellTypes);
        }

        var rows = MiniExcel.Query(new MemoryStream(file), useHeaderRow: true, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(300, rows.Count);
        Assert.Equal(["申请号", "专利号", "公开（公告）号", "名称", "申请人", "申请日", "法律状态", "区划代码"], rows[0].Keys);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/patents/search?q={AllQuery}&sort=date&size=100");
        var hits = page.GetProperty("hits").EnumerateArray().ToList();
        for (var i = 0; i < hits.Count; i++)
        {
            Assert.Equal(hits[i].GetProperty("applicationNumber").GetString(), Text(rows[i], "申请号"));
            Assert.Equal(hits[i].GetProperty("title").GetString(), Text(rows[i], "名称"));
            Assert.Equal(hits[i].GetProperty("applicationDate").GetString(), Text(rows[i], "申请日"));
        }

        foreach (var row in rows.Take(10).Concat(rows.TakeLast(10)))
        {
            var number = Text(row, "申请号");
            var patent = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/" + Uri.EscapeDataString(number));
            var publications = patent.GetProperty("publications").EnumerateArray().Select(p => p.GetProperty("number").GetString()!).ToList();
            Assert.Equal(string.Join("; ", publications), Text(row, "公开（公告）号"));
            Assert.Equal(string.Join("; ", patent.GetProperty("applicants").EnumerateArray().Select(p => p.GetProperty("name").GetString())), Text(row, "申请人"));
            Assert.Equal(patent.GetProperty("regionCode").GetString(), Text(row, "区划代码"));
            var granted = patent.GetProperty("grantDate").ValueKind != JsonValueKind.Null || publications.Any(p => p[^1] is 'B' or 'C' or 'U' or 'Y' or 'S' or 'D');
            Assert.Equal(granted ? "ZL" + number : "", Text(row, "专利号"));
        }
    }

    /// <summary>A cell read back by MiniExcel: always a string (an empty string cell reads as null).</summary>
    private static string Text(IDictionary<string, object?> row, string column) => row[column] switch
    {
        null => "",
        string text => text,
        var other => throw new Xunit.Sdk.XunitException($"{column} is a {other.GetType().Name}, not text: {other}"),
    };

    [Fact]
    public async Task EnglishHeadersAndValues_WithAcceptLanguageEn()
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await client.GetAsync($"/api/v1/patents/export?q={AllQuery}&fields=an,type,status&max=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^""?patents-\d{8}-\d{4}\.csv""?$", response.Content.Headers.ContentDisposition?.FileName);
        var rows = ParseCsv((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        Assert.Equal(["Application number", "Type", "Legal status"], rows[0]);
        Assert.Equal(50, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[1], EnglishTypes));
    }

    [Fact]
    public async Task NoHits_GivesTheHeaderRowOnly()
    {
        var client = factory.Anonymous();
        var none = Uri.EscapeDataString("AD<1900-01-01");
        using var csv = await client.GetAsync($"/api/v1/patents/export?q={none}&fields=an,title");
        Assert.Equal("0", Assert.Single(csv.Headers.GetValues("X-Total-Count")));
        Assert.Equal("\uFEFF申请号,名称\r\n", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()));

        using var xlsx = await client.GetAsync($"/api/v1/patents/export?q={none}&fields=an,title&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["申请号", "名称"], Assert.Single(rows).Values);
    }

    [Theory]
    [InlineData("fields=an,foo,title", "fields")]
    [InlineData("max=10001", "max")]
    [InlineData("max=0", "max")]
    [InlineData("format=pdf", "format")]
    [InlineData("sort=price", "sort")]
    public async Task BadParameter_Is400NamingIt(string parameter, string name)
    {
        var response = await factory.Anonymous().GetAsync($"/api/v1/patents/export?q={AllQuery}&{parameter}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("输入有误", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out var messages), problem.ToString());
        if (name == "fields")
        {
            Assert.Contains("foo", messages[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QueryError_Is400WithThePosition()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/patents/export?format=xlsx&q=" + Uri.EscapeDataString("TI=(电池 AND"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(10, problem.GetProperty("position").GetInt32());
        Assert.Equal("检索式有误", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesTheExport()
    {
        var document = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty("/api/v1/patents/export").GetProperty("get");
        Assert.Equal("ExportPatents", operation.GetProperty("operationId").GetString());
        Assert.Contains("X-Total-Count", operation.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var ok = operation.GetProperty("responses").GetProperty("200");
        Assert.True(ok.GetProperty("headers").TryGetProperty("X-Total-Count", out _));
        Assert.Equal(["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], ok.GetProperty("content").EnumerateObject().Select(c => c.Name));
        Assert.True(operation.GetProperty("responses").GetProperty("400").TryGetProperty("content", out _));
        Assert.Equal("an,pn,title,applicants,ad,status", operation.GetProperty("parameters")[2].GetProperty("example").GetString());
        Assert.Equal(["q", "format", "fields", "sort", "max", "keys"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public void CsvCells_KeepNumbersAsTextAndDisarmFormulas()
    {
        var an = Api.PatentExportApi.Fields.Single(f => f.Key == "an");
        var title = Api.PatentExportApi.Fields.Single(f => f.Key == "title");
        Assert.Equal("=\"202110123456.0\"", Api.PatentExportApi.CsvCell(an, "202110123456.0"));
        Assert.Equal("", Api.PatentExportApi.CsvCell(an, null));
        Assert.Equal("'=HYPERLINK(\"http://x\")", Api.PatentExportApi.CsvCell(title, "=HYPERLINK(\"http://x\")"));
        Assert.Equal("'-40℃ 低温电池", Api.PatentExportApi.CsvCell(title, "-40℃ 低温电池"));
        Assert.Equal("一种电池", Api.PatentExportApi.CsvCell(title, "一种电池"));
    }

    [Fact]
    public void Fields_AcceptKeysQueryCodesAndChineseNames()
    {
        var columns = Api.PatentExportApi.ParseFields("AN, ti,申请人,ipc,an", out var unknown);
        Assert.Empty(unknown);
        Assert.Equal(["an", "title", "applicants", "ipc"], columns.Select(c => c.Key));
        Assert.Equal(Api.PatentExportApi.DefaultFields, Api.PatentExportApi.ParseFields(null, out _).Select(c => c.Key));
        Api.PatentExportApi.ParseFields("an,colour", out unknown);
        Assert.Equal(["colour"], unknown);
    }

    /// <summary>What Excel shows for a cell: <c>="…"</c> evaluates to the text between the quotes.</summary>
    private static string ExcelText(string cell)
    {
        Assert.StartsWith("=\"", cell, StringComparison.Ordinal);
        Assert.EndsWith("\"", cell, StringComparison.Ordinal);
        return cell[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
    }

    /// <summary>An RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks; CRLF records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, "A quote may only open a field.");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', "Line breaks outside quotes end a record only as CRLF.");
                field.Append(c);
            }
        }

        Assert.False(quoted);
        Assert.True(field.Length == 0 && row.Count == 0, "The file ends with CRLF.");
        return rows;
    }

    [GeneratedRegex("<(?:x:)?c [^>]*?t=\"([a-z]+)\"")]
    private static partial Regex CellType();
}

public sealed class PatentSelectionExportTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>
{
    [Fact]
    public async Task SelectedKeys_AreExportedInTheOrderGiven_AndTooManyIs400NamingKeys()
    {
        var generator = new JinIp.PatentSearch.Generation.PatentCorpusGenerator(Hosting.DemoPatents.Seed);
        var keys = new[] { generator.Generate(7L).Key, generator.Generate(3L).Key, "CN000000000000.0" };
        var client = factory.Anonymous();
        var response = await client.GetAsync("/api/v1/patents/export?format=csv&fields=an&keys=" + Uri.EscapeDataString(string.Join(",", keys)));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header + the two numbers that exist, in the order given
        Assert.Contains(keys[0], lines[1], StringComparison.Ordinal);
        Assert.Contains(keys[1], lines[2], StringComparison.Ordinal);

        var tooMany = await client.GetAsync("/api/v1/patents/export?keys=" + string.Join(",", Enumerable.Range(0, 201).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"keys\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
