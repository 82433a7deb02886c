namespace JinIp.PatentSearch.Searching;

/// <summary>
/// A small least-recently-used cache of search and analysis results for one index reader. Results never outlive
/// the reader they were computed on: the first call with a newer reader (after the index took new documents)
/// empties the cache, so a cached answer is always the answer the current index would give.
/// </summary>
internal sealed class ResultCache<T>(int capacity)
    where T : class
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, T Value)> recency = new();
    private object? generation;

    public long Hits { get; private set; }

    public long Misses { get; private set; }

    public T GetOrAdd(object reader, string key, Func<T> compute)
    {
        if (capacity <= 0)
        {
            return compute();
        }

        lock (gate)
        {
            if (!ReferenceEquals(reader, generation))
            {
                entries.Clear();
                recency.Clear();
                generation = reader;
            }

            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                Hits++;
                return node.Value.Value;
            }

            Misses++;
        }

        // Computed outside the lock: two requests missing on the same key at once both compute, neither waits.
        var value = compute();
        lock (gate)
        {
            if (ReferenceEquals(reader, generation) && !entries.ContainsKey(key))
            {
                entries[key] = recency.AddFirst((key, value));
                if (entries.Count > capacity)
                {
                    entries.Remove(recency.Last!.Value.Key);
                    recency.RemoveLast();
                }
            }
        }

        return value;
    }
}
