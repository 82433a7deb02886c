using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Analytics;

/// <summary>
/// Maps each segment's doc-values ordinals of a field to one ordinal space over the whole reader
/// (<see cref="MultiDocValues.OrdinalMap"/>), built once per reader and field and kept while the reader lives:
/// the searcher manager hands out the same reader until the next refresh.
/// </summary>
internal sealed class GlobalOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, GlobalOrdinals>> Cache = new();

    private readonly IList<AtomicReaderContext> leaves;
    private readonly MultiDocValues.OrdinalMap? map;
    private readonly bool sortedSet;

    private GlobalOrdinals(IndexReader reader, string field, bool sortedSet)
    {
        this.sortedSet = sortedSet;
        leaves = reader.Leaves;
        Field = field;
        if (leaves.Count == 1)
        {
            ValueCount = sortedSet
                ? leaves[0].AtomicReader.GetSortedSetDocValues(field)?.ValueCount ?? 0
                : leaves[0].AtomicReader.GetSortedDocValues(field)?.ValueCount ?? 0;
            return;
        }

        var enums = new TermsEnum[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            var atomic = leaves[i].AtomicReader;
            enums[i] = sortedSet
                ? atomic.GetSortedSetDocValues(field)?.GetTermsEnum() ?? TermsEnum.EMPTY
                : atomic.GetSortedDocValues(field)?.GetTermsEnum() ?? TermsEnum.EMPTY;
        }

        map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, enums);
        ValueCount = map.ValueCount;
    }

    public string Field { get; }

    public long ValueCount { get; }

    public static GlobalOrdinals For(IndexReader reader, string field, bool sortedSet)
    {
        var byField = Cache.GetValue(reader, _ => new Dictionary<string, GlobalOrdinals>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var ordinals))
            {
                byField[field] = ordinals = new GlobalOrdinals(reader, field, sortedSet);
            }

            return ordinals;
        }
    }

    public long ToGlobal(int segment, long segmentOrd) => map is null ? segmentOrd : map.GetGlobalOrd(segment, segmentOrd);

    public string Lookup(long globalOrd)
    {
        var segment = map is null ? 0 : map.GetFirstSegmentNumber(globalOrd);
        var ord = map is null ? globalOrd : map.GetFirstSegmentOrd(globalOrd);
        var atomic = leaves[segment].AtomicReader;
        var bytes = new BytesRef();
        if (sortedSet)
        {
            atomic.GetSortedSetDocValues(Field).LookupOrd(ord, bytes);
        }
        else
        {
            atomic.GetSortedDocValues(Field).LookupOrd((int)ord, bytes);
        }

        return bytes.Utf8ToString();
    }
}
