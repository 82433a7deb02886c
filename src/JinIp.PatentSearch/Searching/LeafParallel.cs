using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JinIp.PatentSearch.Searching;

/// <summary>
/// Runs one query over the index's segments on several cores. The segments are cut into contiguous groups of
/// about equal size, one collector per group; the first group runs on the calling thread, the others on the
/// thread pool (and on the calling thread too when the pool is busy, since waiting on a task that has not
/// started runs it inline). Groups follow document order, so merged top hits break ties exactly as one
/// sequential pass would.
/// </summary>
internal static class LeafParallel
{
    /// <summary>Collects every hit of <paramref name="query"/>, one collector per group; returns the collectors in document order.</summary>
    public static T[] Collect<T>(IndexSearcher searcher, Query query, int minDocsPerGroup, Func<T> newCollector)
        where T : ICollector
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var groups = Groups(searcher.IndexReader, minDocsPerGroup);
        var collectors = new T[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            collectors[g] = newCollector();
        }

        Run(groups.Count, g => Score(weight, groups[g], collectors[g]));
        return collectors;
    }

    /// <summary>The top <paramref name="n"/> hits by relevance, or by <paramref name="sort"/> when given, with the exact total.</summary>
    public static TopDocs Top(IndexSearcher searcher, Query query, int minDocsPerGroup, int n, Sort? sort)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var groups = Groups(searcher.IndexReader, minDocsPerGroup);
        var inOrder = !weight.ScoresDocsOutOfOrder;
        n = Math.Max(1, Math.Min(n, Math.Max(1, searcher.IndexReader.MaxDoc)));
        var results = new TopDocs[groups.Count];
        Run(groups.Count, g =>
        {
            if (sort is null)
            {
                var collector = TopScoreDocCollector.Create(n, inOrder);
                Score(weight, groups[g], collector);
                results[g] = collector.GetTopDocs();
            }
            else
            {
                // Field values filled so that the groups' pages can be merged on them.
                var collector = TopFieldCollector.Create(sort, n, fillFields: true, trackDocScores: false, trackMaxScore: false, inOrder);
                Score(weight, groups[g], collector);
                results[g] = collector.GetTopDocs();
            }
        });

        return results.Length == 1 ? results[0] : TopDocs.Merge(sort, n, results);
    }

    /// <summary>
    /// Contiguous runs of segments of about equal document count, at most one per core and none smaller than
    /// <paramref name="minDocsPerGroup"/> (below that a thread hand-off costs more than it saves).
    /// </summary>
    internal static List<List<AtomicReaderContext>> Groups(IndexReader reader, int minDocsPerGroup)
    {
        var leaves = reader.Leaves;
        var wanted = Math.Clamp(reader.MaxDoc / Math.Max(1, minDocsPerGroup), 1, Math.Max(1, Math.Min(Environment.ProcessorCount, leaves.Count)));
        var groups = new List<List<AtomicReaderContext>>(wanted);
        var share = reader.MaxDoc / (double)wanted;
        var current = new List<AtomicReaderContext>();
        var done = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            done += leaf.AtomicReader.MaxDoc;

            // Close a group once it reaches its share of the documents, keeping the last group for the rest.
            if (groups.Count < wanted - 1 && done >= share * (groups.Count + 1))
            {
                groups.Add(current);
                current = [];
            }
        }

        if (current.Count > 0 || groups.Count == 0)
        {
            groups.Add(current);
        }

        return groups;
    }

    private static void Score(Weight weight, List<AtomicReaderContext> leaves, ICollector collector)
    {
        foreach (var leaf in leaves)
        {
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            collector.SetNextReader(leaf);
            scorer.Score(collector);
        }
    }

    private static void Run(int count, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
            return;
        }

        var others = new Task[count - 1];
        for (var g = 1; g < count; g++)
        {
            var group = g;
            others[g - 1] = Task.Factory.StartNew(() => body(group), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        }

        body(0);
        Task.WaitAll(others);
    }
}
