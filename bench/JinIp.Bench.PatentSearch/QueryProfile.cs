using System.Diagnostics;
using System.Globalization;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Searching;

using Lucene.Net.Search;

/// <summary>
/// Where a search's time goes on an existing index: counting alone, top 20 by relevance, and each text field on
/// its own, for the benchmark's query words. Usage: <c>query-profile INDEXDIR [rounds]</c>.
/// </summary>
internal static class QueryProfile
{
    private static readonly string[] TextFields = ["TI", "AB", "CL"];

    public static void Run(string indexDir, int rounds)
    {
        var culture = CultureInfo.InvariantCulture;
        using var index = PatentIndex.Open(indexDir, new PatentIndexOptions { ResultCacheSize = 0 });
        var words = GeneratorWords.Computing.Concat(GeneratorWords.Energy).Concat(GeneratorWords.Machinery).Concat(GeneratorWords.Environment).ToArray();
        var searcher = index.Searchers.Acquire();
        try
        {
            Console.WriteLine(string.Create(culture, $"{searcher.IndexReader.MaxDoc:N0} docs in {searcher.IndexReader.Leaves.Count} segments"));
            Console.WriteLine("word         |     hits |  count ms |  top20 ms | title ms | abstract ms | claims ms | par top20");
            var totals = new double[6];
            foreach (var word in words)
            {
                var tx = PatentSearcher.Build(QueryParser.Parse("TX=" + word), null, null);
                var fields = TextFields.Select(f => PatentSearcher.Build(QueryParser.Parse(f + "=" + word), null, null)).ToArray();
                var hits = 0;
                var times = new[]
                {
                    Time(() => { var c = new TotalHitCountCollector(); searcher.Search(tx, c); hits = c.TotalHits; }),
                    Time(() => searcher.Search(tx, 20)),
                    Time(() => searcher.Search(fields[0], new TotalHitCountCollector())),
                    Time(() => searcher.Search(fields[1], new TotalHitCountCollector())),
                    Time(() => searcher.Search(fields[2], new TotalHitCountCollector())),
                    Time(() => LeafParallel.Top(searcher, tx, index.Options.ParallelMinDocsPerCore, 20, null)),
                };
                for (var i = 0; i < times.Length; i++)
                {
                    totals[i] += times[i];
                }

                Console.WriteLine(string.Create(culture, $"{word,-12} | {hits,8:N0} | {times[0],9:N1} | {times[1],9:N1} | {times[2],8:N1} | {times[3],11:N1} | {times[4],9:N1} | {times[5],9:N1}"));
            }

            PhraseSection(searcher, index, rounds);
            Console.WriteLine();
            Console.WriteLine("analysis     |     hits | 1 core ms | parallel ms");
            var options = new JinIp.PatentSearch.Analytics.AnalysisOptions { TopN = 20 };
            foreach (var q in new[] { "IC=G06F", "IC=H01M", "IC=B01D", "IC=A61K", "TX=催化剂", "TX=轴承", "TX=数据库" })
            {
                var lucene = PatentSearcher.Build(QueryParser.Parse(q), null, null);
                var hits = 0;
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var one = Time(() => hits = JinIp.PatentSearch.Analytics.PatentAnalytics.Run(searcher, lucene, options, int.MaxValue).TotalHits);
                var oneCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (rounds + 1);
                var both = Time(() => JinIp.PatentSearch.Analytics.PatentAnalytics.Run(searcher, lucene, options, index.Options.ParallelMinDocsPerCore));
                Console.WriteLine(string.Create(culture, $"{q,-12} | {hits,8:N0} | {one,9:N1} | {both,11:N1} | 1 core CPU {oneCpu:N1} ms"));
            }

            var facets = new (string Field, bool Set)[]
            {
                (PatentFields.Facets.Applicant, true), (PatentFields.Facets.ApplicantType, true), (PatentFields.Facets.Inventor, true),
                (PatentFields.Facets.Agency, false), (PatentFields.Facets.IpcSection, true), (PatentFields.Facets.IpcClass, true),
                (PatentFields.Facets.IpcSubclass, true), (PatentFields.Facets.IpcMainGroup, true), (PatentFields.Facets.Sei, true),
                (PatentFields.Facets.Region, false),
            };
            var cached = searcher.IndexReader.Leaves.Sum(leaf => facets.Sum(f => JinIp.PatentSearch.Analytics.SegmentOrdinals.For(leaf.AtomicReader, f.Field, f.Set).SizeInBytes));
            Console.WriteLine(string.Create(culture, $"facet ordinals cached: {cached / 1048576.0:N0} MB"));
            Console.WriteLine(string.Create(culture, $"{"sum",-12} | {"",8} | {totals[0],9:N0} | {totals[1],9:N0} | {totals[2],8:N0} | {totals[3],11:N0} | {totals[4],9:N0} | {totals[5],9:N0}"));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }

        double Time(Action action) => Median(action, rounds);
    }

    /// <summary>The benchmark's phrases (6–12 characters of generated abstracts): hits and time, slowest first.</summary>
    private static void PhraseSection(IndexSearcher searcher, PatentIndex index, int rounds)
    {
        var culture = CultureInfo.InvariantCulture;
        var generator = new JinIp.PatentSearch.Generation.PatentCorpusGenerator(42);
        var random = new Random(7);
        var maxDoc = searcher.IndexReader.MaxDoc;
        var rows = new List<(string Phrase, int Hits, double Count, double Top, double[] Fields)>();
        for (var i = 0; i < 200; i++)
        {
            var phrase = CutPhrase(generator.Generate((long)random.Next(maxDoc)).Abstract!, random);
            var query = PatentSearcher.Build(QueryParser.Parse($"TX=\"{phrase}\""), null, null);
            var hits = 0;
            var count = Median(() => { var c = new TotalHitCountCollector(); searcher.Search(query, c); hits = c.TotalHits; }, rounds);
            var top = Median(() => LeafParallel.Top(searcher, query, index.Options.ParallelMinDocsPerCore, 20, null), rounds);
            var fields = TextFields.Select(f => PatentSearcher.Build(QueryParser.Parse($"{f}=\"{phrase}\""), null, null))
                .Select(q => Median(() => searcher.Search(q, new TotalHitCountCollector()), rounds)).ToArray();
            rows.Add((phrase, hits, count, top, fields));
        }

        var tops = rows.Select(r => r.Top).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"phrases: {rows.Count}, parallel top20 p50 {tops[tops.Length / 2]:N1} ms, p95 {tops[(int)(tops.Length * 0.95)]:N1} ms; mean hits {rows.Average(r => r.Hits):N0}"));
        Console.WriteLine(string.Create(culture, $"count ms summed over the phrases: title {rows.Sum(r => r.Fields[0]):N0}, abstract {rows.Sum(r => r.Fields[1]):N0}, claims {rows.Sum(r => r.Fields[2]):N0}, all three {rows.Sum(r => r.Count):N0}"));
        Console.WriteLine("phrase                   |     hits | count ms | par top20 ms | TI / AB / CL count ms");
        foreach (var r in rows.OrderByDescending(r => r.Top).Take(15))
        {
            Console.WriteLine(string.Create(culture, $"{r.Phrase,-24} | {r.Hits,8:N0} | {r.Count,8:N1} | {r.Top,11:N1} | {r.Fields[0]:N1} / {r.Fields[1]:N1} / {r.Fields[2]:N1}"));
        }
    }

    /// <summary>A benchmark phrase: 6–12 characters of <paramref name="text"/>, as a searcher copies them from a document.</summary>
    public static string CutPhrase(string text, Random random)
    {
        var length = random.Next(6, 13);
        return text.Substring(random.Next(text.Length - length), length).Replace("\"", string.Empty, StringComparison.Ordinal);
    }

    // Median of several rounds after one warm-up.
    private static double Median(Action action, int rounds)
    {
        action();
        var samples = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples[rounds / 2];
    }
}
