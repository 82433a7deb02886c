using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Indexing;

/// <summary>Lucene settings that index writing and searching must agree on.</summary>
internal static class LuceneConfig
{
    /// <summary>The one place the Lucene match version is named.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// BM25 with Lucene's defaults (k1 1.2, b 0.75). Document length counts positions, not the bigrams stacked
    /// on them (discountOverlaps), so a field's length is its number of characters.
    /// </summary>
    /// <summary>
    /// BM25 with k1 1.2 and a low length normalisation (b 0.3): measured best on the KPPatent gold keyphrases
    /// (docs/adr/0005); length norms do not depend on k1 or b, so changing them needs no reindex.
    /// </summary>
    public static Similarity CreateSimilarity() => new BM25Similarity(1.2f, 0.3f);
}
