using System.Diagnostics;
using System.Globalization;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Store;

/// <summary>
/// Single-thread cost breakdown of indexing one document (generation, document building, tokenization, the
/// writer), in CPU microseconds per document so that other load on the machine disturbs it less.
/// </summary>
internal static class IndexProfile
{
    public static void Run(int docs, double[]? ramBuffers = null)
    {
        var culture = CultureInfo.InvariantCulture;
        var generator = new PatentCorpusGenerator(42);
        var records = Enumerable.Range(0, docs).Select(i => generator.Generate((long)i)).ToArray();
        if (ramBuffers is not null)
        {
            foreach (var mb in ramBuffers)
            {
                Measure(string.Create(culture, $"Rebuild, FS, 2 threads, {mb} MB buffer"), () =>
                {
                    var path = Path.Combine(Path.GetTempPath(), "jinip-profile-index");
                    if (System.IO.Directory.Exists(path))
                    {
                        System.IO.Directory.Delete(path, true);
                    }

                    using var index = PatentIndex.Open(path, new PatentIndexOptions { IndexThreads = 2, RamBufferSizeMb = mb });
                    index.Rebuild(records);
                    Console.WriteLine(string.Create(culture, $"  segments {System.IO.Directory.GetFiles(path, "*.si").Length}, {index.SizeInBytes() / 1048576.0:N0} MB"));
                }, once: true);
            }

            return;
        }

        Measure("generate", () =>
        {
            for (var i = 0; i < docs; i++)
            {
                generator.Generate((long)i);
            }
        });

        var builder = new PatentDocumentBuilder(false, new DateOnly(2025, 1, 1));
        Measure("build document", () =>
        {
            foreach (var r in records)
            {
                builder.Build(r);
            }
        });

        var analyzer = new PatentAnalyzer();
        long tokens = 0;
        Measure("build + tokenize text fields", () =>
        {
            tokens = 0;
            foreach (var r in records)
            {
                foreach (var field in builder.Build(r).Fields)
                {
                    if (field.IndexableFieldType.IsTokenized && field.GetStringValue(culture) is { } value)
                    {
                        using var stream = analyzer.GetTokenStream(field.Name, value);
                        var term = stream.AddAttribute<ICharTermAttribute>();
                        stream.Reset();
                        while (stream.IncrementToken())
                        {
                            tokens++;
                        }

                        stream.End();
                    }
                }
            }
        });
        Console.WriteLine(string.Create(culture, $"  {tokens / (double)docs:N0} tokens/doc"));

        foreach (var fresh in new[] { false, true })
        {
            var gram = new GramTokenStream();
            Measure(fresh ? "tokenize ab via GramTokenStream" : "tokenize ab via analyzer", () =>
            {
                tokens = 0;
                foreach (var r in records)
                {
                    if (fresh)
                    {
                        gram.SetValues(r.Abstract);
                        gram.Reset();
                        while (gram.IncrementToken())
                        {
                            tokens++;
                        }

                        gram.End();
                    }
                    else
                    {
                        using var stream = analyzer.GetTokenStream("ab", r.Abstract!);
                        stream.Reset();
                        while (stream.IncrementToken())
                        {
                            tokens++;
                        }

                        stream.End();
                    }
                }
            });
            Console.WriteLine(string.Create(culture, $"  {tokens / (double)docs:N0} tokens/doc"));
        }

        Measure("build + index (RAMDirectory, 1 thread)", () =>
        {
            using var dir = new RAMDirectory();
            using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneConfig.Version, new PatentAnalyzer()) { RAMBufferSizeMB = 256 });
            foreach (var r in records)
            {
                writer.AddDocument(builder.Build(r));
            }

            writer.Commit();
        });

        foreach (var threads in new[] { 1, 2 })
        {
            Measure($"PatentIndex.Rebuild, FS, {threads} threads", () =>
            {
                var path = Path.Combine(Path.GetTempPath(), "jinip-profile-index");
                if (System.IO.Directory.Exists(path))
                {
                    System.IO.Directory.Delete(path, true);
                }

                using var index = PatentIndex.Open(path, new PatentIndexOptions { IndexThreads = threads });
                index.Rebuild(records);
            });
        }

        foreach (var (label, keep) in new (string, Func<IIndexableField, bool>)[]
        {
            ("  only ti/ab/cl", f => f.Name is "ti" or "ab" or "cl"),
            ("  only other tokenized (names, address)", f => f.IndexableFieldType.IsTokenized && f.Name is not ("ti" or "ab" or "cl")),
            ("  only untokenized (keywords, numbers, dv, stored)", f => !f.IndexableFieldType.IsTokenized),
        })
        {
            Measure(label, () =>
            {
                using var dir = new RAMDirectory();
                using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneConfig.Version, new PatentAnalyzer()) { RAMBufferSizeMB = 256 });
                foreach (var r in records)
                {
                    var doc = builder.Build(r);
                    var kept = new Lucene.Net.Documents.Document();
                    foreach (var f in doc.Fields)
                    {
                        if (keep(f))
                        {
                            kept.Add(f);
                        }
                    }

                    writer.AddDocument(kept);
                }

                writer.Commit();
            });
        }

        void Measure(string name, Action action, bool once = false)
        {
            if (!once)
            {
                action();
            }

            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(culture, $"{name,-40} {used.TotalMilliseconds * 1000 / docs,8:N1} µs CPU/doc  {sw.Elapsed.TotalMilliseconds * 1000 / docs,8:N1} µs wall/doc"));
        }
    }
}
