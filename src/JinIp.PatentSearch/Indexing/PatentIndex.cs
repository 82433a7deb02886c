using System.Collections.Concurrent;
using System.Globalization;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace JinIp.PatentSearch.Indexing;

/// <summary>
/// The patent index: one <see cref="IndexWriter"/> and one <see cref="SearcherManager"/> for the life of the
/// process (register it as a singleton). Writes are visible to searches after <see cref="Commit"/> or
/// <see cref="Refresh"/>; <see cref="Commit"/> also makes them durable together with the change-feed position.
/// </summary>
public sealed class PatentIndex : IDisposable
{
    private const string SequenceKey = "jinip.sequence";

    private readonly LuceneDirectory directory;
    private readonly WriterGuard? guard;
    private readonly IndexWriter writer;
    private readonly PatentIndexOptions options;
    private readonly System.Threading.Lock commitLock = new();
    private long lastSequence;
    private bool disposed;

    private PatentIndex(LuceneDirectory directory, PatentIndexOptions options, WriterGuard? guard = null)
    {
        this.directory = directory;
        this.guard = guard;
        this.options = options;
        SearchCache = new(options.ResultCacheSize);
        AnalysisCache = new(options.ResultCacheSize <= 0 ? 0 : Math.Max(20, options.ResultCacheSize / 10));
        var config = new IndexWriterConfig(LuceneConfig.Version, new PatentAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferSizeMb,
            Similarity = LuceneConfig.CreateSimilarity(),
        };
        writer = new IndexWriter(directory, config);
        lastSequence = ReadCommittedSequence(directory);
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new PatentSearcherFactory());
    }

    internal SearcherManager Searchers { get; }

    /// <summary>Recent result pages of the current reader (popular queries, paging back and forth).</summary>
    internal Searching.ResultCache<Searching.SearchResult> SearchCache { get; }

    /// <summary>Recent analyses of the current reader (the result page's filter counts, the analysis page).</summary>
    internal Searching.ResultCache<Analytics.AnalysisResult> AnalysisCache { get; }

    internal PatentIndexOptions Options => options;

    /// <summary>The change-feed sequence included in the last commit (0 for a new index).</summary>
    public long CommittedSequence => Interlocked.Read(ref lastSequence);

    /// <summary>Opens (or creates) the index in a folder; memory-mapped on 64-bit systems.</summary>
    public static PatentIndex Open(string path, PatentIndexOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(path);

        // Lucene.NET's own write.lock does not keep a second process out on Linux (a CLI beside the running
        // web host obtained it and then deleted the host's lock file), so the writer is guarded by an OS lock first.
        var guard = WriterGuard.Acquire(path);
        try
        {
            return new PatentIndex(FSDirectory.Open(path), options ?? new PatentIndexOptions(), guard);
        }
        catch
        {
            guard.Dispose();
            throw;
        }
    }

    /// <summary>An index held in memory, for tests and small tools.</summary>
    public static PatentIndex CreateInMemory(PatentIndexOptions? options = null) =>
        new(new RAMDirectory(), options ?? new PatentIndexOptions());

    /// <summary>Adds or replaces the record with the same key.</summary>
    public void Upsert(PatentRecord record)
    {
        var builder = CreateBuilder();
        writer.UpdateDocument(new Term(PatentFields.Key, record.Key), builder.Build(record));
    }

    /// <summary>Adds or replaces many records using <see cref="PatentIndexOptions.IndexThreads"/> threads; returns the count.</summary>
    public int Upsert(IEnumerable<PatentRecord> records) => Write(records, replace: true);

    public void Delete(string key) => writer.DeleteDocuments(new Term(PatentFields.Key, key));

    /// <summary>
    /// Replaces the whole index with <paramref name="records"/> and commits. Searches see the old index until
    /// the commit; a crash before it leaves the old index in place.
    /// </summary>
    public int Rebuild(IEnumerable<PatentRecord> records, long sequence = 0)
    {
        lock (commitLock)
        {
            writer.DeleteAll();
            var count = Write(records, replace: false);
            CommitLocked(sequence);
            return count;
        }
    }

    /// <summary>Makes all writes durable and visible; <paramref name="sequence"/> records the change-feed position they cover.</summary>
    public void Commit(long? sequence = null)
    {
        lock (commitLock)
        {
            CommitLocked(sequence ?? CommittedSequence);
        }
    }

    /// <summary>Makes writes visible to searches without the cost of a durable commit.</summary>
    public void Refresh() => Searchers.MaybeRefreshBlocking();

    /// <summary>
    /// Applies the changes after the last committed sequence, committing every <paramref name="batchSize"/>
    /// changes with their sequence, and returns how many were applied.
    /// </summary>
    public int CatchUp(IPatentChangeFeed feed, int batchSize = 1_000)
    {
        var applied = 0;
        while (true)
        {
            var changes = feed.ReadAfter(CommittedSequence, batchSize);
            if (changes.Count == 0)
            {
                return applied;
            }

            var builder = CreateBuilder();
            foreach (var change in changes)
            {
                var key = new Term(PatentFields.Key, change.Key);
                if (change.Record is { } record)
                {
                    writer.UpdateDocument(key, builder.Build(record));
                }
                else
                {
                    writer.DeleteDocuments(key);
                }
            }

            Commit(changes[^1].Sequence);
            applied += changes.Count;
        }
    }

    /// <summary>Number of live documents visible to searches.</summary>
    public int Count()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>The full record, when the index stores it (<see cref="PatentIndexOptions.StoreFullRecord"/>).</summary>
    public PatentRecord? Get(string key)
    {
        var searcher = Searchers.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(PatentFields.Key, key)), 1);
            if (top.TotalHits == 0)
            {
                return null;
            }

            var bytes = searcher.Doc(top.ScoreDocs[0].Doc).GetBinaryValue(PatentFields.Record);
            return bytes is null ? null : StoredRecord.Deserialize(bytes.Bytes[bytes.Offset..(bytes.Offset + bytes.Length)]);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Merges down to few segments: faster searches and facet ordinal maps after a bulk build.</summary>
    public void Optimize(int maxSegments = 1)
    {
        writer.ForceMerge(maxSegments);
        Commit();
    }

    /// <summary>Bytes on disk (0 for an in-memory index).</summary>
    public long SizeInBytes()
    {
        if (directory is not FSDirectory fs)
        {
            return 0;
        }

        return fs.Directory.EnumerateFiles().Sum(f => f.Length);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        guard?.Dispose();
    }

    private PatentDocumentBuilder CreateBuilder() =>
        new(options.StoreFullRecord, DateOnly.FromDateTime(options.TimeProvider.GetLocalNow().DateTime));

    private int Write(IEnumerable<PatentRecord> records, bool replace)
    {
        var count = 0;
        var builders = new ConcurrentBag<PatentDocumentBuilder>();
        Parallel.ForEach(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.IndexThreads) },
            record =>
            {
                if (!builders.TryTake(out var builder))
                {
                    builder = CreateBuilder();
                }

                var doc = builder.Build(record);
                if (replace)
                {
                    writer.UpdateDocument(new Term(PatentFields.Key, record.Key), doc);
                }
                else
                {
                    writer.AddDocument(doc);
                }

                builders.Add(builder);
                Interlocked.Increment(ref count);
            });
        return count;
    }

    private void CommitLocked(long sequence)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        Interlocked.Exchange(ref lastSequence, sequence);
        Searchers.MaybeRefreshBlocking();
    }

    private static long ReadCommittedSequence(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return 0;
        }

        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(SequenceKey, out var value)
            ? long.Parse(value, CultureInfo.InvariantCulture)
            : 0;
    }

    private sealed class PatentSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = LuceneConfig.CreateSimilarity() };
    }
}
