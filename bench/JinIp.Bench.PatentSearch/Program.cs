using System.Diagnostics;
using System.Globalization;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

// Benchmark of the patent search engine: figures, not a timed test.
// Usage: dotnet run -c Release --project bench/JinIp.Bench.PatentSearch -- [docs=100000] [queries=1000] [indexDir] [threads]
//          [--pg "Host=127.0.0.1;Port=55499;Username=postgres"] [--pg-queries 50] [--reuse-index]
//        dotnet … query-profile INDEXDIR [rounds]   (where a search's time goes, on an existing index)
var culture = CultureInfo.InvariantCulture;
string? pgConnection = null;
var pgQueries = 50;
var reuseIndex = false;
var positional = new List<string>();
for (var a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--pg":
            pgConnection = args[++a];
            break;
        case "--reuse-index":
            // Query an index a previous run built (the 10M figures: one build, queries measured again after changes).
            reuseIndex = true;
            break;
        case "--pg-queries":
            pgQueries = int.Parse(args[++a], culture);
            break;
        default:
            positional.Add(args[a]);
            break;
    }
}

args = [.. positional];
if (args.Length > 1 && args[0] == "query-profile")
{
    QueryProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], culture) : 5);
    return;
}

if (args.Length > 0 && args[0] == "profile")
{
    IndexProfile.Run(args.Length > 1 ? int.Parse(args[1], culture) : 20_000, args.Length > 2 ? [.. args[2].Split(',').Select(b => double.Parse(b, culture))] : null);
    return;
}

var docs = args.Length > 0 ? int.Parse(args[0], culture) : 100_000;
var queriesPerType = args.Length > 1 ? int.Parse(args[1], culture) : 1_000;
var indexDir = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "jinip-bench-index");
var threads = args.Length > 3 ? int.Parse(args[3], culture) : Environment.ProcessorCount;
const int Seed = 42;

Console.WriteLine(string.Create(culture, $"JinIP patent search benchmark: {docs:N0} docs, {queriesPerType:N0} queries per type, {threads} writer threads, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
var generator = new PatentCorpusGenerator(Seed);

// Generation alone, to separate its cost from indexing.
var sample = Math.Min(docs, 20_000);
var sw = Stopwatch.StartNew();
long chars = 0;
for (var i = 0; i < sample; i++)
{
    var r = generator.Generate((long)i);
    chars += r.Title.Length + (r.Abstract?.Length ?? 0) + (r.Claims?.Length ?? 0);
}

Console.WriteLine(string.Create(culture, $"generate: {sample / sw.Elapsed.TotalSeconds:N0} docs/s single thread, {chars / sample:N0} text chars/doc"));

if (Directory.Exists(indexDir) && !reuseIndex)
{
    Directory.Delete(indexDir, recursive: true);
}

var peak = new PeakMemory();
// No result cache: every measured query is computed from scratch, repeats included.
using var index = PatentIndex.Open(indexDir, new PatentIndexOptions { IndexThreads = threads, ResultCacheSize = 0 });
if (reuseIndex && index.Count() == docs)
{
    Console.WriteLine(string.Create(culture, $"index reused from {indexDir}: {index.Count():N0} docs, {index.SizeInBytes() / 1048576.0:N0} MB (built by an earlier run)"));
}
else
{
    sw.Restart();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var indexed = index.Rebuild(Enumerable.Range(0, docs).Select(i => generator.Generate((long)i)));
    var buildSeconds = sw.Elapsed.TotalSeconds;
    var buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine(string.Create(culture, $"index build (generate + analyze + write, commit): {indexed:N0} docs in {buildSeconds:N1} s = {indexed / buildSeconds:N0} docs/s; size {index.SizeInBytes() / 1048576.0:N0} MB; peak working set {peak.PeakMb:N0} MB"));
    Console.WriteLine(string.Create(culture, $"  build CPU {buildCpu:N1} s = {buildCpu * 1e6 / indexed:N0} µs CPU/doc, {buildCpu / buildSeconds:N2} cores busy on average; GC pause {GC.GetTotalPauseDuration().TotalSeconds:N1} s, gen2 GCs {GC.CollectionCount(2)}; machine load average {LoadAverage()}"));
    sw.Restart();
    index.Optimize(maxSegments: 4);
    Console.WriteLine(string.Create(culture, $"merge to 4 segments: {sw.Elapsed.TotalSeconds:N1} s; size {index.SizeInBytes() / 1048576.0:N0} MB"));
}

var searcher = new PatentSearcher(index);
var random = new Random(7);
string Word() => (random.Next(4) switch
{
    0 => GeneratorWords.Computing,
    1 => GeneratorWords.Energy,
    2 => GeneratorWords.Machinery,
    _ => GeneratorWords.Environment,
})[random.Next(10)];

// Phrases are 6–12 character stretches of generated abstracts, as a searcher copies them from a document.
var phraseSource = Enumerable.Range(0, 2_000).Select(i => generator.Generate((long)random.Next(docs)).Abstract!).ToArray();
string Phrase()
{
    return QueryProfile.CutPhrase(phraseSource[random.Next(phraseSource.Length)], random);
}

var districts = new[] { "120116", "120111", "120104", "120114", "120110" };
var subclasses = new[] { "G06F", "H01M", "H02J", "B01D", "G01N", "B65G", "C02F", "A61K" };
var types = new (string Name, Func<QuerySpec> Query, bool Analyze)[]
{
    ("single term", () => Text(Word()), false),
    ("two terms AND", () => { var (a, b) = (Word(), Word()); return new QuerySpec($"TX=({a} AND {b})", [a, b]); }, false),
    ("phrase 6-12 chars", () => { var p = Phrase(); return new QuerySpec($"TX=\"{p}\"", [p]); }, false),
    ("term + district + date", () =>
    {
        var (w, d, y) = (Word(), districts[random.Next(districts.Length)], random.Next(2005, 2022));
        return new QuerySpec($"TX={w} AND CO={d} AND AD>={y}-01-01", [w], District: d, DateFrom: (y * 10_000) + 101);
    }, false),
    ("IPC prefix", () => { var c = subclasses[random.Next(subclasses.Length)] + random.Next(1, 10).ToString(culture); return new QuerySpec($"IC={c}*", [], IpcPrefix: c); }, false),
    ("analysis (term)", () => Text(Word()), true),
    ("analysis (IPC subclass)", () => { var c = subclasses[random.Next(subclasses.Length)]; return new QuerySpec("IC=" + c, [], IpcSubclass: c); }, true),
};

QuerySpec Text(string word) => new("TX=" + word, [word]);

var workload = types.Select(t => (t.Name, Queries: Enumerable.Range(0, queriesPerType).Select(_ => t.Query()).ToArray(), t.Analyze)).ToArray();
var luceneP95 = new Dictionary<string, double>(StringComparer.Ordinal);

Console.WriteLine();
Console.WriteLine("query type                  |     p50 ms |     p95 ms |     p99 ms |  mean hits | max hits | scan ms (brute force, 1 query)");
foreach (var (name, specs, analyze) in workload)
{
    var queries = specs.Select(q => q.Lucene).ToArray();
    foreach (var q in queries.Take(50))
    {
        Run(q);
    }

    var times = new double[queries.Length];
    var counts = new int[queries.Length];
    long hits = 0;
    var maxHits = 0;
    for (var i = 0; i < queries.Length; i++)
    {
        var t = Stopwatch.GetTimestamp();
        var h = Run(queries[i]);
        times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        counts[i] = h;
        hits += h;
        maxHits = Math.Max(maxHits, h);
    }

    // The analysis target is stated for result sets of up to 100,000 hits: those queries get their own line.
    var upTo100k = Enumerable.Range(0, queries.Length).Where(i => counts[i] <= 100_000).Select(i => times[i]).Order().ToArray();
    Array.Sort(times);
    luceneP95[name] = P(times, 0.95);
    var scan = analyze ? "—" : BruteForce(queries[0]).ToString("N0", culture);
    Console.WriteLine(string.Create(culture, $"{name,-27} | {P(times, 0.50),10:N2} | {P(times, 0.95),10:N2} | {P(times, 0.99),10:N2} | {hits / (double)queries.Length,10:N0} | {maxHits,8:N0} | {scan}"));
    if (analyze && upTo100k.Length > 0 && upTo100k.Length < queries.Length)
    {
        Console.WriteLine(string.Create(culture, $"{"  of which ≤ 100,000 hits",-27} | {P(upTo100k, 0.50),10:N2} | {P(upTo100k, 0.95),10:N2} | {P(upTo100k, 0.99),10:N2} | {upTo100k.Length,7:N0} queries"));
    }

    int Run(string q) => analyze
        ? searcher.Analyze(q, new AnalysisOptions { TopN = 20 }).TotalHits
        : searcher.Search(q, new SearchRequest { Limit = 20 }).TotalHits;
}

if (pgConnection is not null)
{
    var pg = new PostgresBench(pgConnection);
    var (loadSeconds, pgBytes) = await pg.LoadAsync(new PatentCorpusGenerator(Seed), docs);
    Console.WriteLine();
    Console.WriteLine(string.Create(culture, $"PostgreSQL: {docs:N0} docs loaded (COPY + GIN pg_trgm, GIN tsvector of bigrams, GIN ipc[], btree date, VACUUM ANALYZE) in {loadSeconds:N0} s = {docs / loadSeconds:N0} docs/s; table + indexes {pgBytes / 1048576.0:N0} MB"));
    Console.WriteLine(string.Create(culture, $"first {pgQueries} queries of each type, the same strings; statement timeout {PostgresBench.StatementTimeoutMs / 1000} s counts as {PostgresBench.StatementTimeoutMs / 1000} s"));
    Console.WriteLine("query type                  | pg_trgm p50 |  p95 ms | tsvector p50 |  p95 ms | Lucene p95 | p95 ratio trgm/Lucene | tsvector/Lucene | timeouts");
    await using var connection = await pg.OpenAsync();
    foreach (var (name, specs, analyze) in workload)
    {
        var results = new List<double>[] { [], [] };
        var timeouts = 0;
        foreach (var trigram in new[] { true, false })
        {
            var list = results[trigram ? 0 : 1];
            foreach (var spec in specs.Take(Math.Min(5, pgQueries)))
            {
                await PostgresBench.RunAsync(connection, spec, trigram, analyze);
            }

            foreach (var spec in specs.Take(pgQueries))
            {
                var (ms, h) = await PostgresBench.RunAsync(connection, spec, trigram, analyze);
                list.Add(ms);
                timeouts += h < 0 ? 1 : 0;
            }

            list.Sort();
        }

        var trgm = results[0].ToArray();
        var ts = results[1].ToArray();
        var lucene = luceneP95[name];
        Console.WriteLine(string.Create(culture, $"{name,-27} | {P(trgm, 0.50),11:N1} | {P(trgm, 0.95),7:N1} | {P(ts, 0.50),12:N1} | {P(ts, 0.95),7:N1} | {lucene,10:N2} | {P(trgm, 0.95) / lucene,21:N0}x | {P(ts, 0.95) / lucene,14:N0}x | {timeouts}"));
    }
}

Console.WriteLine(string.Create(culture, $"peak working set {peak.PeakMb:N0} MB; GC heap now {GC.GetTotalMemory(false) / 1048576.0:N0} MB"));
peak.Dispose();

// The brute-force figure: a Contains scan over normalized title+abstract of a sample, scaled to the corpus.
// PostgreSQL (pg_trgm, tsvector over pre-tokenized text) plugs in here with the same query strings.
double BruteForce(string query)
{
    var node = QueryParser.Parse(query);
    var needle = node is TermNode t ? TextNormalizer.Normalize(t.Text) : node is AndNode { Children: [TermNode first, ..] } ? TextNormalizer.Normalize(first.Text) : "电池";
    var n = Math.Min(docs, 50_000);
    var texts = scanSample ??= Enumerable.Range(0, n).Select(i => { var r = generator.Generate((long)i); return TextNormalizer.Normalize(r.Title + "\n" + r.Abstract + "\n" + r.Claims); }).ToArray();
    var start = Stopwatch.GetTimestamp();
    var found = 0;
    foreach (var text in texts)
    {
        if (text.Contains(needle, StringComparison.Ordinal))
        {
            found++;
        }
    }

    return Stopwatch.GetElapsedTime(start).TotalMilliseconds * docs / n + (found < 0 ? 1 : 0);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static double P(IReadOnlyList<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

public partial class Program
{
    private static string[]? scanSample;
}

/// <summary>Query words drawn from the generator's vocabulary so the queries hit like a searcher's would.</summary>
internal static class GeneratorWords
{
    public static readonly string[] Computing = ["神经网络", "图像识别", "区块链", "边缘计算", "5G", "物联网", "知识图谱", "目标检测", "服务器", "数据库"];
    public static readonly string[] Energy = ["锂离子电池", "LiFePO4", "钠离子", "固态电解质", "光伏", "储能", "充电桩", "逆变器", "正极", "隔膜"];
    public static readonly string[] Machinery = ["机械臂", "焊接", "夹具", "3D打印", "注塑模具", "数控机床", "伺服电机", "导轨", "轴承", "气缸"];
    public static readonly string[] Environment = ["污水处理", "PM2.5", "除尘", "膜分离", "活性炭", "催化剂", "喷淋塔", "过滤网", "烘干", "粉碎"];
}

/// <summary>Samples the process working set every 50 ms; the figure is the largest seen.</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public PeakMemory() => timer = new Timer(_ => Sample(), null, 0, 50);

    public double PeakMb
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peak) / 1048576.0;
        }
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var now = process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }
}
