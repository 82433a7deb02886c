using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using JinIp.Patents.Import;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Import;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Searching;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Cli;

/// <summary><c>jinip patents import|generate</c>, <c>jinip search</c>, <c>jinip index rebuild|catch-up</c>.</summary>
internal static class PatentCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<int> ImportAsync(IServiceProvider services, string file, string[] options, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file} / 文件不存在：{file}");
            return 2;
        }

        ImportProfile? profile = null;
        if (options is ["--profile", var name])
        {
            profile = ImportProfile.Find(name);
            if (profile is null)
            {
                await error.WriteLineAsync($"Unknown profile '{name}'. Profiles: {string.Join(", ", ImportProfile.All.Select(p => p.Name))}");
                return 2;
            }
        }
        else if (options.Length > 0)
        {
            await error.WriteLineAsync("Usage: jinip patents import FILE [--profile NAME]");
            return 2;
        }

        var total = EstimateRows(file);
        var bar = new ProgressBar(error, total);
        var summary = await services.GetRequiredService<PatentImporter>().ImportAsync(file, profile, bar);
        bar.Finish();

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Imported {file} with profile '{summary.Profile}': {summary.Rows} rows, {summary.Counts.Inserted} new, {summary.Counts.Updated} updated, {summary.Counts.Unchanged} unchanged, {summary.Rejections.Select(r => r.Line).Distinct().Count()} rejected ({summary.Elapsed.TotalSeconds:0.0} s)."));
        if (summary.Rejections.Count > 0)
        {
            var report = Path.Combine(Path.GetTempPath(), $"jinip-import-{summary.RunId:N}-rejected.csv");
            await using (var writer = new StreamWriter(report, false, new System.Text.UTF8Encoding(true)))
            {
                await writer.WriteLineAsync("line,field,message_zh,message_en");
                foreach (var r in summary.Rejections)
                {
                    await writer.WriteLineAsync(string.Join(',', r.Line.ToString(CultureInfo.InvariantCulture), Csv(r.Field), Csv(r.MessageZh), Csv(r.MessageEn)));
                }
            }

            await output.WriteLineAsync($"Rejected rows (first 10; all in {report}):");
            foreach (var r in summary.Rejections.Take(10))
            {
                await output.WriteLineAsync($"  line {r.Line}, {r.Field}: {r.MessageZh} / {r.MessageEn}");
            }
        }

        await IndexIfPossibleAsync(services, output);
        return 0;
    }

    public static async Task<int> GenerateAsync(IServiceProvider services, string[] options, TextWriter output, TextWriter error)
    {
        var count = Option(options, "--count", 1_000);
        var seed = Option(options, "--seed", 42);
        var outFile = options.SkipWhile(o => o != "--out").Skip(1).FirstOrDefault();
        if (count is < 1 or > 50_000_000)
        {
            await error.WriteLineAsync("--count must be between 1 and 50,000,000");
            return 2;
        }

        var records = new PatentCorpusGenerator(seed).Generate(count);
        if (outFile is not null)
        {
            await using var writer = new StreamWriter(outFile, false, new System.Text.UTF8Encoding(false));
            foreach (var r in records)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["application_number"] = r.ApplicationNumber?.ToString(),
                    ["publication_numbers"] = r.Publications.Select(p => p.Number.ToString()).ToArray(),
                    ["type"] = r.Type.ToString(),
                    ["title"] = r.Title,
                    ["abstract"] = r.Abstract,
                    ["claims"] = r.Claims,
                    ["applicants"] = r.Applicants.Select(a => a.Name).ToArray(),
                    ["inventors"] = r.Inventors.ToArray(),
                    ["agency"] = r.Agency,
                    ["main_ipc"] = r.MainIpc?.Code,
                    ["ipc"] = r.Ipcs.Select(c => c.Code).ToArray(),
                    ["application_date"] = r.ApplicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["publication_date"] = r.FirstPublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["grant_date"] = r.GrantDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["address"] = r.Address,
                }, Json));
            }

            await output.WriteLineAsync($"Wrote {count} synthetic patents (seed {seed}) to {outFile}; import it with: jinip patents import {outFile}");
            return 0;
        }

        var bar = new ProgressBar(error, count);
        var counts = await services.GetRequiredService<PatentImporter>().StoreAsync(records, bar);
        bar.Finish();
        await output.WriteLineAsync($"Stored {count} synthetic patents (seed {seed}): {counts.Inserted} new, {counts.Updated} updated, {counts.Unchanged} unchanged.");
        await IndexIfPossibleAsync(services, output);
        return 0;
    }

    public static async Task<int> SearchAsync(IServiceProvider services, string query, string[] options, TextWriter output, TextWriter error)
    {
        var json = options.Contains("--json");
        var limit = Option(options, "--limit", 20);
        var sortText = options.SkipWhile(o => o != "--sort").Skip(1).FirstOrDefault() ?? "relevance";
        if (sortText is not ("relevance" or "date") || limit is < 0 or > 10_000)
        {
            await error.WriteLineAsync("Usage: jinip search \"QUERY\" [--json] [--sort date|relevance] [--limit N (0–10000)]");
            return 2;
        }

        var host = services.GetRequiredService<PatentIndexHost>();
        TryCatchUp(host);
        SearchResult result;
        try
        {
            result = host.Searcher.Search(query, new SearchRequest
            {
                Limit = limit,
                Sort = sortText == "date" ? SearchSort.ApplicationDateDescending : SearchSort.Relevance,
            });
        }
        catch (QuerySyntaxException ex)
        {
            await error.WriteLineAsync(query);
            await error.WriteLineAsync(new string(' ', Math.Max(0, ex.Position)) + "^");
            await error.WriteLineAsync($"{ex.MessageZh}\n{ex.MessageEn}");
            return 2;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                query = result.Query.ToString(),
                total = result.TotalHits,
                hits = result.Hits.Select(h => new { key = h.Key, applicationNumber = h.ApplicationNumber, publicationNumbers = h.PublicationNumbers, title = h.Title, applicationDate = h.ApplicationDate, type = h.Type, legalStatus = h.LegalStatus, applicants = h.Applicants, mainIpc = h.MainIpc, score = h.Score }),
            }, Json));
            return 0;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.TotalHits} hits for {result.Query}"));
        foreach (var hit in result.Hits)
        {
            await output.WriteLineAsync($"{hit.Key,-16} {hit.ApplicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "          "}  {hit.Title}  [{string.Join("；", hit.Applicants)}]");
        }

        return 0;
    }

    public static async Task<int> IndexAsync(IServiceProvider services, string verb, TextWriter output, TextWriter error)
    {
        var host = services.GetRequiredService<PatentIndexHost>();
        try
        {
            if (verb == "rebuild")
            {
                var bar = new ProgressBar(error, null);
                var count = host.Rebuild(new Progress<int>(n => bar.Report(new ImportProgress(n, 0, TimeSpan.Zero))));
                bar.Finish();
                await output.WriteLineAsync($"Rebuilt the patent index from the database: {count} documents, up to outbox sequence {host.Index.CommittedSequence}.");
            }
            else
            {
                var applied = host.CatchUp();
                await output.WriteLineAsync($"Applied {applied} outbox changes; the index is at sequence {host.Index.CommittedSequence}.");
            }

            return 0;
        }
        catch (LockObtainFailedException)
        {
            await error.WriteLineAsync("The index is open in a running JinIP web host; stop it first (it indexes new changes by itself). / 索引正被运行中的平台使用。");
            return 1;
        }
    }

    private static async Task IndexIfPossibleAsync(IServiceProvider services, TextWriter output)
    {
        var host = services.GetRequiredService<PatentIndexHost>();
        if (TryCatchUp(host) is { } applied)
        {
            await output.WriteLineAsync($"Indexed {applied} changes (index at sequence {host.Index.CommittedSequence}).");
        }
        else
        {
            await output.WriteLineAsync("The running web host holds the index and will index the changes within seconds.");
        }
    }

    private static int? TryCatchUp(PatentIndexHost host)
    {
        try
        {
            return host.CatchUp();
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
    }

    private static int? EstimateRows(string file)
    {
        var extension = Path.GetExtension(file).ToUpperInvariant();
        if (extension is ".XLSX" or ".XLS")
        {
            return null;
        }

        var lines = 0;
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return extension == ".CSV" ? Math.Max(0, lines - 1) : lines;
    }

    private static int Option(string[] options, string name, int fallback)
    {
        var value = options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
        return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
    }

    private static string Csv(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}

/// <summary>A one-line progress bar on standard error: rows, rate and time left.</summary>
internal sealed class ProgressBar(TextWriter writer, int? total) : IProgress<ImportProgress>
{
    private DateTime _lastDraw = DateTime.MinValue;
    private readonly DateTime _started = DateTime.UtcNow;

    public void Report(ImportProgress value)
    {
        var now = DateTime.UtcNow;
        if (now - _lastDraw < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        _lastDraw = now;
        var elapsed = now - _started;
        var rate = elapsed.TotalSeconds > 0 ? value.Rows / elapsed.TotalSeconds : 0;
        string line;
        if (total is > 0 and var all)
        {
            var fraction = Math.Min(1, (double)value.Rows / all);
            var filled = (int)(fraction * 30);
            var eta = rate > 0 ? TimeSpan.FromSeconds((all - value.Rows) / rate) : TimeSpan.Zero;
            line = string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {value.Rows:N0}/{all:N0}  {rate:N0} rows/s  ETA {eta:mm\\:ss}  rejected {value.Rejected:N0}   ");
        }
        else
        {
            line = string.Create(CultureInfo.InvariantCulture, $"\r{value.Rows:N0} rows  {rate:N0} rows/s  rejected {value.Rejected:N0}   ");
        }

        writer.Write(line);
    }

    public void Finish() => writer.WriteLine();
}
