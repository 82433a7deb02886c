using JinIp.Patents.Data;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Searching;
using JinIp.Platform.Hosting;
using JinIp.Platform.Data;

namespace JinIp.Patents.Indexing;

/// <summary>
/// This node's patent index (one <see cref="PatentIndex"/>, one writer, for the whole process) under
/// <c>{data}/index/patents</c>, fed from the database outbox. Each node keeps its own replica.
/// </summary>
public sealed class PatentIndexHost(PlatformPaths paths, DatabaseOptions database) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lock _catchUpGate = new();
    private PatentIndex? _index;
    private Microsoft.EntityFrameworkCore.DbContextOptions<PatentDbContext>? _options;

    public string Directory => Path.Combine(paths.IndexDirectory, "patents");

    /// <summary>The index, opened on first use. Throws <see cref="Lucene.Net.Store.LockObtainFailedException"/> when another process holds it.</summary>
    public PatentIndex Index
    {
        get
        {
            lock (_gate)
            {
                return _index ??= PatentIndex.Open(Directory);
            }
        }
    }

    public PatentSearcher Searcher => new(Index);

    /// <summary>Applies every outbox change after the index's committed sequence; returns how many were applied.</summary>
    public int CatchUp(int batchSize = 2_000)
    {
        // One catch-up at a time: the background indexer and a command may both ask.
        lock (_catchUpGate)
        {
            return Index.CatchUp(new OutboxChangeFeed(NewContext), batchSize);
        }
    }

    /// <summary>Rebuilds the index from the database of record, ending at the outbox's current sequence.</summary>
    public int Rebuild(IProgress<int>? progress = null)
    {
        long sequence;
        using (var db = NewContext())
        {
            sequence = db.Outbox.Select(o => (long?)o.Sequence).Max() ?? 0;
        }

        return Index.Rebuild(ReadAll(progress), sequence);
    }

    private IEnumerable<PatentSearch.Records.PatentRecord> ReadAll(IProgress<int>? progress)
    {
        // Keyset paging keeps memory flat on millions of rows.
        var last = "";
        var count = 0;
        while (true)
        {
            List<byte[]> page;
            List<string> keys;
            using (var db = NewContext())
            {
#pragma warning disable CA1309 // Translated to SQL: ORDER BY and > use the same database collation, which is all keyset paging needs.
                var rows = db.Patents.Where(p => string.Compare(p.Key, last) > 0).OrderBy(p => p.Key).Take(2_000)
                    .Select(p => new { p.Key, p.Record }).ToList();
#pragma warning restore CA1309
                page = rows.Select(r => r.Record).ToList();
                keys = rows.Select(r => r.Key).ToList();
            }

            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var json in page)
            {
                yield return PatentSearch.Records.PatentRecordJson.Deserialize(json);
            }

            count += page.Count;
            progress?.Report(count);
            last = keys[^1];
        }
    }

    private PatentDbContext NewContext()
    {
        if (_options is null)
        {
            // The indexer runs outside any request scope: it builds its own options from the same settings.
            var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<PatentDbContext>();
            builder.UseJinIpDatabase(database.Provider, database.ResolveConnectionString(paths), PatentDbContext.TablePrefix);
            _options = builder.Options;
        }

        return new PatentDbContext(_options);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _index?.Dispose();
            _index = null;
        }
    }
}
