using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JinIp.PatentSearch.Analytics;

/// <summary>
/// Computes <see cref="AnalysisResult"/> in one pass over the hits. Each segment counts into arrays indexed by
/// its own ordinals; at the end of the segment the non-zero counts are folded into global ordinals, so the
/// ordinal map is consulted once per distinct value per segment, not once per hit.
/// </summary>
internal static class PatentAnalytics
{
    private const int FirstYear = SegmentFacts.FirstYear;
    private const int YearSpan = SegmentFacts.YearSpan;

    public static AnalysisResult Run(IndexSearcher searcher, Query query, AnalysisOptions options, int parallelMinDocsPerCore)
    {
        var reader = searcher.IndexReader;
        var parts = Searching.LeafParallel.Collect(searcher, query, parallelMinDocsPerCore, () => new Collector(reader, options.IncludeCoApplicantPairs));
        var collector = Collector.Merge(parts);
        var n = options.TopN;

        var years = new List<YearTypeCount>();
        for (var y = 0; y < YearSpan; y++)
        {
            for (var t = 1; t <= 3; t++)
            {
                if (collector.YearType[(y * 4) + t] is var c and > 0)
                {
                    years.Add(new YearTypeCount(FirstYear + y, (PatentType)t, c));
                }
            }
        }

        var statuses = Enum.GetValues<LegalStatus>()
            .Where(s => collector.Status[(int)s] > 0)
            .Select(s => new FacetCount(s.Code(), s.ChineseName(), collector.Status[(int)s]))
            .OrderByDescending(f => f.Count)
            .ToList();

        return new AnalysisResult
        {
            TotalHits = collector.Hits,
            ByYearAndType = years,
            TopApplicants = collector.Applicants.Top(n, null),
            ApplicantTypes = collector.ApplicantTypes.Top(int.MaxValue, code => Enum.GetValues<ApplicantType>().FirstOrDefault(t => t.Code() == code).ChineseName()),
            TopInventors = collector.Inventors.Top(n, null),
            TopAgencies = collector.Agencies.Top(n, null),
            IpcSections = collector.IpcSections.Top(int.MaxValue, IpcScheme.TitleOf),
            IpcClasses = collector.IpcClasses.Top(n, IpcScheme.TitleOf),
            IpcSubclasses = collector.IpcSubclasses.Top(n, IpcScheme.TitleOf),
            IpcMainGroups = collector.IpcMainGroups.Top(n, IpcScheme.TitleOf),
            StrategicEmergingIndustries = collector.Sei.Top(int.MaxValue, code => StrategicEmergingIndustries.Find(code)?.Name),
            Regions = collector.Regions.Top(int.MaxValue, Reference.Regions.DisplayName),
            LegalStatuses = statuses,
            CoApplicantPairs = collector.TopPairs(n),
            HighValueInventionPatents = collector.HighValue,
        };
    }

    private sealed class Collector(IndexReader reader, bool pairs) : ICollector
    {
        private readonly Dictionary<long, int> pairCounts = [];
        private SegmentFacts? facts;
        private readonly List<long> docApplicants = new(8);
        private int segment;
        private FacetCounter[]? counters;

        public int Hits { get; private set; }

        public int HighValue { get; private set; }

        public int[] YearType { get; } = new int[YearSpan * 4];

        public int[] Status { get; } = new int[16];

        public FacetCounter Applicants { get; } = new(reader, PatentFields.Facets.Applicant, true);

        public FacetCounter ApplicantTypes { get; } = new(reader, PatentFields.Facets.ApplicantType, true);

        public FacetCounter Inventors { get; } = new(reader, PatentFields.Facets.Inventor, true);

        public FacetCounter Agencies { get; } = new(reader, PatentFields.Facets.Agency, false);

        public FacetCounter IpcSections { get; } = new(reader, PatentFields.Facets.IpcSection, true);

        public FacetCounter IpcClasses { get; } = new(reader, PatentFields.Facets.IpcClass, true);

        public FacetCounter IpcSubclasses { get; } = new(reader, PatentFields.Facets.IpcSubclass, true);

        public FacetCounter IpcMainGroups { get; } = new(reader, PatentFields.Facets.IpcMainGroup, true);

        public FacetCounter Sei { get; } = new(reader, PatentFields.Facets.Sei, true);

        public FacetCounter Regions { get; } = new(reader, PatentFields.Facets.Region, false);

        // Built once: Collect runs per hit, and a collection expression here would allocate per hit.
        private FacetCounter[] Counters => counters ??= [Applicants, ApplicantTypes, Inventors, Agencies, IpcSections, IpcClasses, IpcSubclasses, IpcMainGroups, Sei, Regions];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
            // Counting needs no scores.
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Finish();
            segment = context.Ord;
            var atomic = context.AtomicReader;
            facts = SegmentFacts.For(atomic);
            foreach (var counter in Counters)
            {
                counter.StartSegment(context);
            }
        }

        public void Collect(int doc)
        {
            Hits++;
            var yearType = facts!.YearType[doc];
            if (yearType >= 0)
            {
                YearType[yearType]++;
            }

            Status[facts.Status[doc]]++;
            HighValue += facts.HighValue[doc];

            foreach (var counter in Counters)
            {
                counter.Collect(doc);
            }

            if (pairs)
            {
                CountPairs(doc);
            }
        }

        public void Finish()
        {
            foreach (var counter in Counters)
            {
                counter.EndSegment();
            }
        }

        /// <summary>Finishes collectors that each saw part of the segments and sums them into the first.</summary>
        public static Collector Merge(Collector[] parts)
        {
            var total = parts[0];
            total.Finish();
            foreach (var part in parts.Skip(1))
            {
                part.Finish();
                total.Hits += part.Hits;
                total.HighValue += part.HighValue;
                Add(total.YearType, part.YearType);
                Add(total.Status, part.Status);
                for (var c = 0; c < total.Counters.Length; c++)
                {
                    total.Counters[c].Add(part.Counters[c]);
                }

                foreach (var (pair, count) in part.pairCounts)
                {
                    total.pairCounts[pair] = total.pairCounts.GetValueOrDefault(pair) + count;
                }
            }

            return total;

            static void Add(int[] into, int[] from)
            {
                for (var i = 0; i < into.Length; i++)
                {
                    into[i] += from[i];
                }
            }
        }

        public List<PairCount> TopPairs(int n)
        {
            return [.. pairCounts
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key)
                .Take(n)
                .Select(p => new PairCount(Applicants.Name(p.Key >> 32), Applicants.Name(p.Key & 0xFFFFFFFF), p.Value))];
        }

        private void CountPairs(int doc)
        {
            if (Applicants.Current is not { } applicantOrds)
            {
                return;
            }

            docApplicants.Clear();
            foreach (var ord in applicantOrds.Of(doc))
            {
                docApplicants.Add(Applicants.ToGlobal(segment, ord));
            }

            if (docApplicants.Count < 2)
            {
                return;
            }

            docApplicants.Sort();
            for (var i = 0; i < docApplicants.Count; i++)
            {
                for (var j = i + 1; j < docApplicants.Count; j++)
                {
                    var key = (docApplicants[i] << 32) | docApplicants[j];
                    pairCounts[key] = pairCounts.GetValueOrDefault(key) + 1;
                }
            }
        }
    }

    /// <summary>Counts one Sorted or SortedSet doc-values field over the hits, per segment then globally.</summary>
    private sealed class FacetCounter(IndexReader reader, string facetField, bool sortedSet)
    {
        private GlobalOrdinals? ordinals;
        private long[]? global;
        private int[] local = [];
        private SegmentOrdinals? current;
        private int segment;

        private GlobalOrdinals Ordinals => ordinals ??= GlobalOrdinals.For(reader, facetField, sortedSet);

        /// <summary>The current segment's ordinals (null when the segment has no value of the field).</summary>
        public SegmentOrdinals? Current => current;

        public void StartSegment(AtomicReaderContext context)
        {
            segment = context.Ord;
            var ords = SegmentOrdinals.For(context.AtomicReader, facetField, sortedSet);
            current = ords.ValueCount > 0 ? ords : null;
            var count = ords.ValueCount;
            if (local.Length < count)
            {
                local = new int[count];
            }
            else
            {
                Array.Clear(local, 0, count);
            }
        }

        public void Collect(int doc) => current?.Count(doc, local);

        public void EndSegment()
        {
            if (current is null)
            {
                return;
            }

            var count = current.ValueCount;
            current = null;
            global ??= new long[Ordinals.ValueCount];
            for (var ord = 0; ord < count; ord++)
            {
                if (local[ord] > 0)
                {
                    global[Ordinals.ToGlobal(segment, ord)] += local[ord];
                }
            }
        }

        /// <summary>Adds the global counts of a counter over the same reader and field that saw other segments.</summary>
        public void Add(FacetCounter other)
        {
            if (other.global is null)
            {
                return;
            }

            if (global is null)
            {
                global = other.global;
                return;
            }

            for (var ord = 0; ord < global.Length; ord++)
            {
                global[ord] += other.global[ord];
            }
        }

        public long ToGlobal(int segmentIndex, long ord) => Ordinals.ToGlobal(segmentIndex, ord);

        public string Name(long globalOrd) => Ordinals.Lookup(globalOrd);

        public List<FacetCount> Top(int n, Func<string, string?>? label)
        {
            if (global is null || n <= 0)
            {
                return [];
            }

            // A bounded min-heap keeps the top n without sorting every value (inventors run to millions).
            var heap = new PriorityQueue<long, (long Count, long NegOrd)>();
            for (long ord = 0; ord < global.Length; ord++)
            {
                var c = global[ord];
                if (c == 0)
                {
                    continue;
                }

                if (heap.Count < n)
                {
                    heap.Enqueue(ord, (c, -ord));
                }
                else if (heap.TryPeek(out _, out var min) && (c > min.Count || (c == min.Count && -ord > min.NegOrd)))
                {
                    heap.EnqueueDequeue(ord, (c, -ord));
                }
            }

            var result = new List<FacetCount>(heap.Count);
            while (heap.TryDequeue(out var ord, out var priority))
            {
                var value = Name(ord);
                result.Add(new FacetCount(value, label?.Invoke(value), (int)priority.Count));
            }

            result.Reverse();
            return result;
        }
    }
}
