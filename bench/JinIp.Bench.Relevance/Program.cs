using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Import;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

// Relevance evaluation of the patent search engine on the gold keyphrases of KPPatent-ZH (known-item search).
// Usage: dotnet run -c Release --project bench/JinIp.Bench.Relevance -- [--synthetic 50000] [--seed 1] [--data DIR]
var culture = CultureInfo.InvariantCulture;
const string KeyField = "id"; // PatentFields.Key, internal to the engine
var synthetic = IntArg("--synthetic", 50_000);
var seed = IntArg("--seed", 1);
var dataDir = StringArg("--data") ?? FindDataDir()
    ?? throw new DirectoryNotFoundException("shared/data not found above the current directory; pass --data DIR");
var kpPath = Path.Combine(dataDir, "patents", "kppatent_zh_abstracts_claims.jsonl");
var titlesPath = Path.Combine(dataDir, "patents", "cn_pubno_title_ipc_9740.csv");
var total = Stopwatch.StartNew();

// 1. Labelled documents: every KPPatent row with a title. The importer gives the record (its profile ignores the
// keyphrases); rows it rejects for want of a number get a synthetic application number from a year the generator never uses.
var imported = PatentFileReader.Read(kpPath, ImportProfile.KpPatent).ToDictionary(r => r.Line);
var labelled = new List<Labelled>();
var kpRecords = new List<PatentRecord>();
var lineNo = 0;
var syntheticNumbers = 0;
foreach (var line in File.ReadLines(kpPath))
{
    lineNo++;
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    using var json = JsonDocument.Parse(line);
    var root = json.RootElement;
    var title = Text(root, "title");
    if (string.IsNullOrWhiteSpace(title))
    {
        continue;
    }

    var record = imported.TryGetValue(lineNo, out var row) && row.Record is { } r ? r : null;
    if (record is null)
    {
        var digits = string.Create(culture, $"20251{9_000_000 + syntheticNumbers++:D7}");
        record = new PatentRecord
        {
            ApplicationNumber = ApplicationNumber.Parse(digits + ApplicationNumber.ComputeCheck(digits)),
            Type = PatentType.Invention,
            Title = title,
            Abstract = Text(root, "abstract"),
            Claims = Text(root, "claims"),
        };
    }

    var keyphrases = root.GetProperty("keywords").EnumerateArray()
        .Select(k => k.GetString() ?? string.Empty)
        .Where(k => TextNormalizer.Normalize(k).Length > 0 && !k.Contains('"', StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
    if (keyphrases.Count == 0)
    {
        continue;
    }

    var fields = new[] { record.Title, record.Abstract, record.Claims }.Select(TextNormalizer.Normalize).ToArray();
    var present = keyphrases.Where(k => fields.Any(f => f.Contains(TextNormalizer.Normalize(k), StringComparison.Ordinal))).ToList();
    kpRecords.Add(record);
    labelled.Add(new Labelled(record.Key, keyphrases, present));
}

// 2. Distractors: the real titles (minus any that duplicate a labelled document) and a synthetic corpus.
var kpKeys = kpRecords.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
var kpPublications = kpRecords.SelectMany(r => r.Publications).Select(p => p.Number.ToString()).ToHashSet(StringComparer.Ordinal);
var kpTitles = kpRecords.Select(r => r.Title).ToHashSet(StringComparer.Ordinal);
var titleRecords = PatentFileReader.Read(titlesPath, ImportProfile.CnTitleIpc)
    .Select(r => r.Record)
    .OfType<PatentRecord>()
    .Where(r => !kpKeys.Contains(r.Key) && !kpTitles.Contains(r.Title) && !r.Publications.Any(p => kpPublications.Contains(p.Number.ToString())))
    .ToList();
var generator = new PatentCorpusGenerator(seed);

var indexDir = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), string.Create(culture, $"jinip-relevance-{Environment.ProcessId}"));
try
{
    var sw = Stopwatch.StartNew();
    int indexed;
    using (var index = PatentIndex.Open(indexDir))
    {
        indexed = index.Rebuild(generator.Generate(synthetic).Concat(titleRecords).Concat(kpRecords));
        index.Optimize();
        Console.WriteLine(string.Create(culture, $"JinIP relevance evaluation: {labelled.Count} labelled KPPatent documents ({syntheticNumbers} without a number), {titleRecords.Count:N0} real titles, {synthetic:N0} synthetic (seed {seed}) = {indexed:N0} docs indexed in {sw.Elapsed.TotalSeconds:N1} s"));
        Console.WriteLine(string.Create(culture, $"gold keyphrases: {labelled.Sum(l => l.Keyphrases.Count):N0} ({labelled.Average(l => l.Keyphrases.Count):N1}/doc), present in the document's text {labelled.Sum(l => l.Present.Count):N0}; single characters {labelled.Sum(l => l.Keyphrases.Count(k => CodePointCount(k) == 1)):N0}"));
        Console.WriteLine();

        // 3. The engine itself, through its public API (Lucene's tie order, ranks beyond 100 not seen).
        var engine = new PatentSearcher(index);
        var engineRanks = new Dictionary<string, int[]>(StringComparer.Ordinal);
        sw.Restart();
        foreach (var form in QueryForm.All)
        {
            engineRanks[form.Name] = [.. labelled.Select(l =>
            {
                var phrases = form.Select(l);
                if (phrases.Count == 0)
                {
                    return 0;
                }

                var query = "TX=(" + string.Join(form.Operator, phrases.Select(k => "\"" + k + "\"")) + ")";
                var hits = engine.Search(query, new SearchRequest { Limit = 100 }).Hits;
                for (var i = 0; i < hits.Count; i++)
                {
                    if (hits[i].Key == l.Key)
                    {
                        return i + 1;
                    }
                }

                return 0;
            })];
        }

        Console.WriteLine(string.Create(culture, $"engine API: {labelled.Count * QueryForm.All.Length:N0} queries in {sw.Elapsed.TotalSeconds:N1} s"));
        Console.WriteLine();

        // 4. The variants, on an IndexSearcher of our own over the same committed index directory.
        using var directory = FSDirectory.Open(indexDir);
        using var reader = DirectoryReader.Open(directory);
        var targets = labelled.Select(l =>
        {
            var top = new IndexSearcher(reader).Search(new TermQuery(new Term(KeyField, l.Key)), 2);
            return top.TotalHits == 1 ? top.ScoreDocs[0].Doc : throw new InvalidOperationException($"key {l.Key} matches {top.TotalHits} documents");
        }).ToArray();

        var table = new StringBuilder();
        table.AppendLine("| variant | query | MRR | R@1 | R@10 | R@100 | nDCG@10 | matched | better / worse than default |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var defaultRanks = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var form in QueryForm.All)
        {
            table.AppendLine(Row("engine API (Lucene tie order, cut at 100)", form.Name, engineRanks[form.Name].Select(r => (double)r).ToArray(), null, null));
        }

        string? agreement = null;
        foreach (var variant in Variant.All)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(variant.K1, variant.B) };
            foreach (var form in QueryForm.All)
            {
                sw.Restart();
                var collector = new RankCollector();
                var matched = 0;
                var same = 0;
                var issued = 0;
                var ranks = new double[labelled.Count];
                for (var i = 0; i < labelled.Count; i++)
                {
                    var phrases = form.Select(labelled[i]);
                    if (phrases.Count == 0)
                    {
                        continue;
                    }

                    issued++;
                    var query = variant.Build(phrases, form.Occur);
                    collector.Reset(targets[i]);
                    searcher.Search(query, collector);
                    ranks[i] = collector.Rank;
                    matched += collector.TotalHits;
                    if (variant == Variant.All[0])
                    {
                        // The reconstruction of the engine's query must rank like the engine: compare Lucene-ordered ranks.
                        var top = searcher.Search(query, 100);
                        var pos = Array.FindIndex(top.ScoreDocs, d => d.Doc == targets[i]) + 1;
                        same += pos == engineRanks[form.Name][i] ? 1 : 0;
                        if (pos != engineRanks[form.Name][i])
                        {
                            Console.Error.WriteLine(string.Create(culture, $"  differs: {labelled[i].Key} engine {engineRanks[form.Name][i]} reconstructed {pos}: {string.Join('|', phrases)}"));
                        }
                    }
                }

                if (variant == Variant.All[0])
                {
                    agreement += string.Create(culture, $"{form.Name}: the reconstructed default query ranks the target where the engine does in {same}/{issued} queries ({labelled.Count - issued} documents without such keyphrases count as misses).{Environment.NewLine}");
                }

                if (variant == Variant.All[0])
                {
                    defaultRanks[form.Name] = ranks;
                }

                table.AppendLine(Row(variant.Name, form.Name, ranks, matched / (double)labelled.Count, defaultRanks[form.Name]));
                Console.Error.WriteLine(string.Create(culture, $"  {variant.Name} / {form.Name}: {sw.Elapsed.TotalSeconds:N1} s"));
            }
        }

        Console.WriteLine("Known-item search: each labelled document is queried by its gold keyphrases over TX; ranks are tie-aware");
        Console.WriteLine("(1 + documents scoring higher + half the documents scoring the same); a document not matched counts as rank ∞.");
        Console.WriteLine("OR-all: TX=(kp1 OR kp2 …) over every gold keyphrase; OR-present / AND-present: only the keyphrases found in the document.");
        Console.WriteLine();
        Console.Write(table.ToString());
        Console.WriteLine();
        Console.WriteLine(agreement);
    }

    Console.WriteLine(string.Create(culture, $"total {total.Elapsed.TotalSeconds:N0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MB"));
}
finally
{
    if (Directory.Exists(indexDir))
    {
        Directory.Delete(indexDir, recursive: true);
    }
}

string Row(string variant, string form, double[] ranks, double? matched, double[]? baseline)
{
    static double Gain(double r) => r >= 1 ? 1 / r : 0;
    var versus = baseline is null || ReferenceEquals(baseline, ranks) ? "–"
        : string.Create(culture, $"{ranks.Where((r, i) => Gain(r) > Gain(baseline[i])).Count()} / {ranks.Where((r, i) => Gain(r) < Gain(baseline[i])).Count()}");
    double Recall(int k) => ranks.Count(r => r >= 1 && r <= k) / (double)ranks.Length;
    var mrr = ranks.Sum(r => r >= 1 ? 1 / r : 0) / ranks.Length;
    var ndcg = ranks.Sum(r => r >= 1 && r <= 10 ? 1 / Math.Log2(r + 1) : 0) / ranks.Length;
    var hits = matched is { } m ? m.ToString("N0", culture) : "–";
    return string.Create(culture, $"| {variant} | {form} | {mrr:F3} | {Recall(1):F3} | {Recall(10):F3} | {Recall(100):F3} | {ndcg:F3} | {hits} | {versus} |");
}

int IntArg(string name, int fallback) => StringArg(name) is { } value ? int.Parse(value, culture) : fallback;

string? StringArg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string? Text(JsonElement root, string name) =>
    root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

static string? FindDataDir()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "data");
        if (File.Exists(Path.Combine(candidate, "patents", "kppatent_zh_abstracts_claims.jsonl")))
        {
            return candidate;
        }
    }

    return null;
}

static int CodePointCount(string text) => CharacterCells(TextNormalizer.Normalize(text)).Count;

static List<string> CharacterCells(string normalized)
{
    var cells = new List<string>(normalized.Length);
    for (var i = 0; i < normalized.Length; i++)
    {
        var width = char.IsHighSurrogate(normalized[i]) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]) ? 2 : 1;
        cells.Add(normalized.Substring(i, width));
        i += width - 1;
    }

    return cells;
}

/// <summary>A labelled document: its index key, its gold keyphrases, and those of them found in its text.</summary>
internal sealed record Labelled(string Key, List<string> Keyphrases, List<string> Present);

internal sealed record QueryForm(string Name, Func<Labelled, List<string>> Select, Occur Occur)
{
    public static readonly QueryForm[] All =
    [
        new("OR-all", l => l.Keyphrases, Occur.SHOULD),
        new("OR-present", l => l.Present, Occur.SHOULD),
        new("AND-present", l => l.Present, Occur.MUST),
    ];

    public string Operator => Occur == Occur.MUST ? " AND " : " OR ";
}

/// <summary>
/// A ranking to compare. Queries are built the way the engine's QueryCompiler builds TX (internal there, so
/// reproduced here and checked against the engine): one clause per keyphrase, each a SHOULD over title, abstract
/// and claims with the field boosts; a keyphrase is a phrase of the character bigrams that cover it, a single
/// character a constant-score prefix query.
/// </summary>
internal sealed record Variant(string Name, float Title, float Abstract, float Claims, float K1 = 1.2f, float B = 0.75f, bool UnscoredSingles = false, float? DisMaxTie = null)
{
    public static readonly Variant[] All =
    [
        new("default: ti 3 / ab 1.5 / cl 1, BM25 k1 1.2 b 0.75", 3, 1.5f, 1),
        new("equal weights 1 / 1 / 1", 1, 1, 1),
        new("title only", 1, 0, 0),
        new("abstract only", 0, 1, 0),
        new("title + abstract 3 / 1.5, no claims", 3, 1.5f, 0),
        new("ti 2 / ab 1.5 / cl 1", 2, 1.5f, 1),
        new("default, BM25 k1 0.9 b 0.4", 3, 1.5f, 1, 0.9f, 0.4f),
        new("default, BM25 k1 1.2 b 0.3", 3, 1.5f, 1, 1.2f, 0.3f),
        new("default, BM25 k1 1.2 b 1.0", 3, 1.5f, 1, 1.2f, 1.0f),
        new("default, BM25 k1 2.0 b 0.75", 3, 1.5f, 1, 2.0f, 0.75f),
        new("ti 1.5 / ab 1.2 / cl 1", 1.5f, 1.2f, 1),
        new("equal weights, BM25 k1 1.2 b 0.3", 1, 1, 1, 1.2f, 0.3f),
        new("ti 1.5 / ab 1.2 / cl 1, BM25 k1 1.2 b 0.3", 1.5f, 1.2f, 1, 1.2f, 0.3f),
        new("default, single characters unscored", 3, 1.5f, 1, UnscoredSingles: true),
        new("default, fields as dis-max (tie 0.1)", 3, 1.5f, 1, DisMaxTie: 0.1f),
    ];

    public Query Build(List<string> keyphrases, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var keyphrase in keyphrases)
        {
            var cells = Cells(TextNormalizer.Normalize(keyphrase));
            Query across = DisMaxTie is { } tie ? new DisjunctionMaxQuery(tie) : new BooleanQuery();
            foreach (var (field, boost) in new[] { ("ti", Title), ("ab", Abstract), ("cl", Claims) })
            {
                if (boost <= 0)
                {
                    continue;
                }

                var clause = Substring(field, cells);
                clause.Boost = boost;
                if (across is DisjunctionMaxQuery dismax)
                {
                    dismax.Add(clause);
                }
                else
                {
                    ((BooleanQuery)across).Add(clause, Occur.SHOULD);
                }
            }

            if (UnscoredSingles && cells.Count == 1)
            {
                across = new ConstantScoreQuery(across) { Boost = 0 };
            }

            query.Add(across, occur);
        }

        return query;
    }

    /// <summary>Mirror of QueryCompiler.Substring for literal text (CharacterGrams.Cover).</summary>
    private static Query Substring(string field, List<string> cells)
    {
        if (cells.Count == 1)
        {
            return new PrefixQuery(new Term(field, cells[0]));
        }

        var phrase = new PhraseQuery();
        var last = cells.Count - 2;
        for (var p = 0; p <= last; p += 2)
        {
            phrase.Add(new Term(field, cells[p] + cells[p + 1]), p);
        }

        if (last % 2 == 1)
        {
            phrase.Add(new Term(field, cells[last] + cells[last + 1]), last);
        }

        return phrase;
    }

    private static List<string> Cells(string normalized)
    {
        var cells = new List<string>(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var width = char.IsHighSurrogate(normalized[i]) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]) ? 2 : 1;
            cells.Add(normalized.Substring(i, width));
            i += width - 1;
        }

        return cells;
    }
}

/// <summary>Collects every match's score and places the target among them, counting ties as half ahead.</summary>
internal sealed class RankCollector : ICollector
{
    private readonly List<float> scores = new(65_536);
    private Scorer? scorer;
    private int docBase;
    private int target;
    private float targetScore;
    private bool found;

    public int TotalHits => scores.Count;

    /// <summary>Tie-aware rank of the target (1-based), or 0 when the query does not match it.</summary>
    public double Rank
    {
        get
        {
            if (!found)
            {
                return 0;
            }

            var higher = 0;
            var equal = 0;
            foreach (var score in scores)
            {
                if (score > targetScore)
                {
                    higher++;
                }
                else if (score == targetScore)
                {
                    equal++;
                }
            }

            return 1 + higher + ((equal - 1) / 2);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void Reset(int targetDoc)
    {
        scores.Clear();
        target = targetDoc;
        found = false;
        targetScore = 0;
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc)
    {
        var score = scorer!.GetScore();
        scores.Add(score);
        if (doc + docBase == target)
        {
            found = true;
            targetScore = score;
        }
    }
}
