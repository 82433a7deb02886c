using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace JinIp.PatentSearch.Analytics;

/// <summary>
/// A segment's doc-values ordinals of one facet field held in plain arrays: document → its ordinals. Reading
/// Lucene's packed doc values costs far more per hit than the counting itself, and an analysis touches up to
/// every document ten times over (one per facet). The arrays are built on a segment's first analysis and kept
/// with the segment's core, so they live as long as the segment and survive reader refreshes (deletes do not
/// change them; a deleted document is never collected).
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentOrdinals>> Cache = new();

    /// <summary>For a multi-valued field, where each document's ordinals start in <see cref="ords"/>; null when single-valued.</summary>
    private readonly int[]? starts;

    /// <summary>The ordinals: per document (−1 for none) when single-valued, or concatenated in document order.</summary>
    private readonly int[] ords;

    private SegmentOrdinals(int[]? starts, int[] ords, int valueCount)
    {
        this.starts = starts;
        this.ords = ords;
        ValueCount = valueCount;
    }

    public int ValueCount { get; }

    /// <summary>Bytes held, for the memory figures.</summary>
    public long SizeInBytes => ((starts?.Length ?? 0) + ords.Length) * 4L;

    public static SegmentOrdinals For(AtomicReader segment, string field, bool sortedSet)
    {
        var byField = Cache.GetValue(segment.CoreCacheKey, _ => new Dictionary<string, SegmentOrdinals>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var ordinals))
            {
                byField[field] = ordinals = sortedSet ? FromSet(segment, field) : FromSingle(segment, field);
            }

            return ordinals;
        }
    }

    /// <summary>Adds one to <paramref name="counts"/> at each ordinal of <paramref name="doc"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        if (starts is null)
        {
            var ord = ords[doc];
            if (ord >= 0)
            {
                counts[ord]++;
            }

            return;
        }

        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            counts[ords[i]]++;
        }
    }

    /// <summary>The ordinals of <paramref name="doc"/> (empty when it has none).</summary>
    public ReadOnlySpan<int> Of(int doc) =>
        starts is null
            ? ords[doc] >= 0 ? ords.AsSpan(doc, 1) : []
            : ords.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

    private static SegmentOrdinals FromSingle(AtomicReader segment, string field)
    {
        var values = segment.GetSortedDocValues(field);
        var ords = new int[segment.MaxDoc];
        if (values is null)
        {
            Array.Fill(ords, -1);
            return new SegmentOrdinals(null, ords, 0);
        }

        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = values.GetOrd(doc);
        }

        return new SegmentOrdinals(null, ords, values.ValueCount);
    }

    private static SegmentOrdinals FromSet(AtomicReader segment, string field)
    {
        var values = segment.GetSortedSetDocValues(field);
        var starts = new int[segment.MaxDoc + 1];
        if (values is null)
        {
            return new SegmentOrdinals(starts, [], 0);
        }

        var ords = new List<int>(segment.MaxDoc * 2);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }

        starts[segment.MaxDoc] = ords.Count;
        return new SegmentOrdinals(starts, [.. ords], (int)values.ValueCount);
    }
}
