using System.Globalization;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JinIp.PatentSearch.Searching;

/// <summary>
/// Runs command queries against a <see cref="PatentIndex"/>: ranked or date-sorted hits with highlights, and
/// analytics over the full result set. Thread-safe; each call acquires the current searcher and releases it.
/// </summary>
public sealed class PatentSearcher(PatentIndex index)
{
    public SearchResult Search(string query, SearchRequest? request = null) =>
        Search(QueryParser.Parse(query), request);

    public SearchResult Search(QueryNode query, SearchRequest? request = null)
    {
        request ??= new SearchRequest();
        var searcher = index.Searchers.Acquire();
        try
        {
            // A query that names the caller's history means different things to different callers: never cached.
            // Large pages (exports) are not kept: they would crowd out the pages people look at.
            return (request.History is not null && HistoryExpansion.ContainsReference(query)) || request.Limit > 100
                ? Run(searcher, query, request)
                : index.SearchCache.GetOrAdd(searcher.IndexReader, CacheKey(query, request), () => Run(searcher, query, request));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static string CacheKey(QueryNode query, SearchRequest r) => string.Join(
        '\u001f',
        query.ToString(),
        r.Sort.ToString(),
        r.Offset.ToString(CultureInfo.InvariantCulture),
        r.Limit.ToString(CultureInfo.InvariantCulture),
        r.SnippetLength.ToString(CultureInfo.InvariantCulture),
        r.CollapseFamilies ? "f" : "",
        FiltersKey(r.Filters));

    private static string FiltersKey(SearchFilters? f) => f is null ? "" : string.Join(
        '\u001e',
        f.ApplicationYearFrom?.ToString(CultureInfo.InvariantCulture),
        f.ApplicationYearTo?.ToString(CultureInfo.InvariantCulture),
        string.Join(',', f.Types),
        string.Join(',', f.LegalStatuses),
        string.Join(',', f.RegionCodes),
        string.Join(',', f.IpcCodes),
        f.HighValueOnly ? "h" : "");

    private SearchResult Run(IndexSearcher searcher, QueryNode query, SearchRequest request)
    {
        var lucene = Build(query, request.History, request.Filters);
        {
            if (request.Limit <= 0)
            {
                var counted = LeafParallel.Collect(searcher, lucene, index.Options.ParallelMinDocsPerCore, static () => new TotalHitCountCollector()).Sum(c => c.TotalHits);
                return new SearchResult(query, counted, []);
            }

            if (request.CollapseFamilies && new FamilyOrdinals(searcher.IndexReader) is { Count: > 0 } families)
            {
                return Collapsed(searcher, lucene, query, request, families);
            }

            var wanted = Math.Max(1, request.Offset + request.Limit);
            var top = LeafParallel.Top(searcher, lucene, index.Options.ParallelMinDocsPerCore, wanted, request.Sort == SearchSort.Relevance ? null : SortOf(request.Sort));
            var terms = QueryCompiler.HighlightTerms(query, request.History);
            var hits = new List<PatentHit>(Math.Min(request.Limit, Math.Max(0, top.ScoreDocs.Length - request.Offset)));
            for (var i = request.Offset; i < top.ScoreDocs.Length; i++)
            {
                var scoreDoc = top.ScoreDocs[i];
                hits.Add(ToHit(searcher.Doc(scoreDoc.Doc), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, terms, request.SnippetLength));
            }

            return new SearchResult(query, top.TotalHits, hits);
        }
    }

    /// <summary>
    /// One row per family: a first pass counts each family's hits (doc values, no stored fields), then the ranked
    /// list is read in growing windows until the page's families are found.
    /// </summary>
    private SearchResult Collapsed(IndexSearcher searcher, Query lucene, QueryNode query, SearchRequest request, FamilyOrdinals families)
    {
        var counter = FamilyCounter.Merge(LeafParallel.Collect(searcher, lucene, index.Options.ParallelMinDocsPerCore, () => new FamilyCounter(families)));
        var wanted = request.Offset + request.Limit;
        var terms = QueryCompiler.HighlightTerms(query, request.History);
        var seen = new HashSet<int>();
        var rows = new List<(ScoreDoc Doc, int Members)>();
        var window = Math.Max(64, wanted * 2);
        while (true)
        {
            var top = LeafParallel.Top(searcher, lucene, index.Options.ParallelMinDocsPerCore, window, request.Sort == SearchSort.Relevance ? null : SortOf(request.Sort));
            seen.Clear();
            rows.Clear();
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var ordinal = families.Of(scoreDoc.Doc);

                // A patent without a family id is a family of its own.
                if (ordinal < 0 || seen.Add(ordinal))
                {
                    rows.Add((scoreDoc, ordinal < 0 ? 1 : counter.Counts[ordinal]));
                    if (rows.Count == wanted)
                    {
                        break;
                    }
                }
            }

            if (rows.Count >= wanted || top.ScoreDocs.Length >= top.TotalHits)
            {
                break;
            }

            window *= 4;
        }

        var hits = rows.Skip(request.Offset)
            .Select(r => ToHit(searcher.Doc(r.Doc.Doc), float.IsNaN(r.Doc.Score) ? 0 : r.Doc.Score, terms, request.SnippetLength) with { FamilyHits = r.Members })
            .ToList();
        return new SearchResult(query, counter.Families, hits);
    }

    /// <summary>Each document's family as an ordinal over the whole reader (cached per reader with the facet ordinals).</summary>
    private sealed class FamilyOrdinals
    {
        private readonly IList<AtomicReaderContext> leaves;
        private readonly SortedDocValues?[] segments;
        private readonly GlobalOrdinals global;

        public FamilyOrdinals(IndexReader reader)
        {
            leaves = reader.Leaves;
            segments = leaves.Select(l => l.AtomicReader.GetSortedDocValues(PatentFields.Facets.Family)).ToArray();
            global = GlobalOrdinals.For(reader, PatentFields.Facets.Family, sortedSet: false);
        }

        public int Count => (int)global.ValueCount;

        /// <summary>The family ordinal of a top-level document, −1 when it has no family id.</summary>
        public int Of(int doc)
        {
            var segment = ReaderUtil.SubIndex(doc, leaves);
            return Of(segment, doc - leaves[segment].DocBase);
        }

        public int Of(int segment, int segmentDoc)
        {
            var ordinal = segments[segment]?.GetOrd(segmentDoc) ?? -1;
            return ordinal < 0 ? -1 : (int)global.ToGlobal(segment, ordinal);
        }
    }

    /// <summary>Counts the hits of each family and the number of distinct families.</summary>
    private sealed class FamilyCounter(FamilyOrdinals families) : ICollector
    {
        private int segment;

        public int[] Counts { get; } = new int[families.Count];

        public int Families { get; private set; }

        /// <summary>One counter holding the sums of counters that each saw part of the segments.</summary>
        public static FamilyCounter Merge(FamilyCounter[] parts)
        {
            var total = parts[0];
            foreach (var part in parts.Skip(1))
            {
                // A family seen in both parts is counted once.
                for (var ordinal = 0; ordinal < total.Counts.Length; ordinal++)
                {
                    if (part.Counts[ordinal] > 0 && total.Counts[ordinal] > 0)
                    {
                        total.Families--;
                    }

                    total.Counts[ordinal] += part.Counts[ordinal];
                }

                total.Families += part.Families;
            }

            return total;
        }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => segment = context.Ord;

        public void Collect(int doc)
        {
            var ordinal = families.Of(segment, doc);
            if (ordinal < 0 || Counts[ordinal]++ == 0)
            {
                Families++;
            }
        }
    }

    /// <summary>Counts over every hit of the query from doc values; no stored document is read.</summary>
    public AnalysisResult Analyze(string query, AnalysisOptions? options = null) =>
        Analyze(QueryParser.Parse(query), options);

    public AnalysisResult Analyze(QueryNode query, AnalysisOptions? options = null)
    {
        options ??= new AnalysisOptions();
        var lucene = Build(query, options.History, options.Filters);
        var searcher = index.Searchers.Acquire();
        try
        {
            if (options.History is not null && HistoryExpansion.ContainsReference(query))
            {
                return PatentAnalytics.Run(searcher, lucene, options, index.Options.ParallelMinDocsPerCore);
            }

            var key = string.Join('\u001f', query.ToString(), options.TopN.ToString(CultureInfo.InvariantCulture), options.IncludeCoApplicantPairs ? "p" : "", FiltersKey(options.Filters));
            return index.AnalysisCache.GetOrAdd(searcher.IndexReader, key, () => PatentAnalytics.Run(searcher, lucene, options, index.Options.ParallelMinDocsPerCore));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>The Lucene query a command query compiles to, filters included (for diagnostics and the benchmark).</summary>
    internal static Query Build(QueryNode query, Func<int, QueryNode?>? history, SearchFilters? filters)
    {
        var compiled = new QueryCompiler(history).Compile(query);
        if (filters is null)
        {
            return compiled;
        }

        var combined = new BooleanQuery { { compiled, Occur.MUST } };
        foreach (var filter in FilterClauses(filters))
        {
            // Zero boost: a filter narrows the set without moving the ranking.
            combined.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        return combined;
    }

    private static IEnumerable<Query> FilterClauses(SearchFilters filters)
    {
        if (filters.ApplicationYearFrom is not null || filters.ApplicationYearTo is not null)
        {
            yield return NumericRangeQuery.NewInt32Range(
                PatentFields.ApplicationDate,
                filters.ApplicationYearFrom is { } from ? (from * 10_000) + 101 : null,
                filters.ApplicationYearTo is { } to ? (to * 10_000) + 1231 : null,
                true,
                true);
        }

        if (filters.Types.Count > 0)
        {
            yield return AnyOf(PatentFields.Type, filters.Types.Select(t => t.Code()));
        }

        if (filters.LegalStatuses.Count > 0)
        {
            yield return AnyOf(PatentFields.LegalStatus, filters.LegalStatuses.Select(s => s.Code()));
        }

        if (filters.RegionCodes.Count > 0)
        {
            yield return AnyOf(PatentFields.Region, filters.RegionCodes);
        }

        if (filters.IpcCodes.Count > 0)
        {
            yield return AnyOf(PatentFields.Ipc, filters.IpcCodes.Select(c => IpcCode.Parse(c).Code));
        }

        if (filters.HighValueOnly)
        {
            yield return new TermQuery(new Term(PatentFields.HighValue, "1"));
        }
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    private static Sort SortOf(SearchSort sort) => sort switch
    {
        SearchSort.ApplicationDateAscending => new Sort(new SortField(PatentFields.ApplicationDate, SortFieldType.INT64, false), SortField.FIELD_SCORE),
        SearchSort.PublicationDateDescending => new Sort(new SortField(PatentFields.PublicationDate, SortFieldType.INT64, true), SortField.FIELD_SCORE),
        _ => new Sort(new SortField(PatentFields.ApplicationDate, SortFieldType.INT64, true), SortField.FIELD_SCORE),
    };

    private static PatentHit ToHit(Document doc, float score, IReadOnlyList<string> terms, int snippetLength)
    {
        var title = doc.Get(PatentFields.Title, CultureInfo.InvariantCulture) ?? string.Empty;
        var abstractText = doc.Get(PatentFields.Abstract, CultureInfo.InvariantCulture);
        var ad = doc.GetField(PatentFields.ApplicationDate)?.GetInt32Value();
        var type = PatentTypes.TryParse(doc.Get(PatentFields.Type, CultureInfo.InvariantCulture), out var parsed) ? parsed : PatentType.Invention;
        var status = Enum.GetValues<LegalStatus>().FirstOrDefault(s => s.Code() == doc.Get(PatentFields.LegalStatus, CultureInfo.InvariantCulture));
        return new PatentHit(
            doc.Get(PatentFields.Key, CultureInfo.InvariantCulture),
            doc.Get(PatentFields.ApplicationNumber, CultureInfo.InvariantCulture),
            doc.GetValues(PatentFields.PublicationNumber, CultureInfo.InvariantCulture),
            title,
            Highlighter.Highlight(title, terms),
            Highlighter.Highlight(abstractText, terms, snippetLength),
            ad is { } key ? PatentDocumentBuilder.FromDateKey(key) : null,
            type,
            status,
            doc.GetValues(PatentFields.Applicant, CultureInfo.InvariantCulture),
            doc.Get(PatentFields.MainIpc, CultureInfo.InvariantCulture),
            score);
    }
}
