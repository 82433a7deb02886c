using System.Globalization;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Tests.Searching;

/// <summary>The real texts indexed once for all recall tests.</summary>
public sealed class RealTextIndex : IDisposable
{
    public RealTextIndex()
    {
        Records = SharedData.RealTexts;
        Index = PatentIndex.CreateInMemory();
        Index.Rebuild(Records);
        Searcher = new PatentSearcher(Index);
        Normalized = [.. Records.Select(r => new[] { TextNormalizer.Normalize(r.Title), TextNormalizer.Normalize(r.Abstract), TextNormalizer.Normalize(r.Claims) })];
    }

    public IReadOnlyList<PatentRecord> Records { get; }

    public PatentIndex Index { get; }

    public PatentSearcher Searcher { get; }

    /// <summary>Title, abstract, claims of each record, normalized as the index sees them.</summary>
    public IReadOnlyList<string[]> Normalized { get; }

    /// <summary>Keys of all hits, collected by document id without loading stored documents.</summary>
    public SortedSet<string> MatchingKeys(QueryNode node)
    {
        var query = PatentSearcher.Build(node, null, null);
        var searcher = Index.Searchers.Acquire();
        try
        {
            keysByDoc ??= [.. Enumerable.Range(0, searcher.IndexReader.MaxDoc).Select(d => searcher.Doc(d).Get("id", CultureInfo.InvariantCulture))];
            var collector = new DocIdCollector();
            searcher.Search(query, collector);
            return new SortedSet<string>(collector.Docs.Select(d => keysByDoc[d]), StringComparer.Ordinal);
        }
        finally
        {
            Index.Searchers.Release(searcher);
        }
    }

    public void Dispose() => Index.Dispose();

    private string[]? keysByDoc;

    private sealed class DocIdCollector : Lucene.Net.Search.ICollector
    {
        private int docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Docs.Add(docBase + doc);

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) => docBase = context.DocBase;

        public void SetScorer(Lucene.Net.Search.Scorer scorer)
        {
        }
    }
}

/// <summary>
/// Precision and recall 1.0 against a brute-force substring scan of the real patent files: every query is a
/// random substring of 1–8 characters of a real title, abstract or claims, and the hit set must equal the set of
/// records whose normalized field contains the normalized query.
/// </summary>
public class RecallTests(RealTextIndex data) : IClassFixture<RealTextIndex>
{
    private static readonly SearchField[] Fields = [SearchField.Title, SearchField.Abstract, SearchField.Claims, SearchField.FullText];

    [Theory]
    [InlineData(SearchField.Title, 1500)]
    [InlineData(SearchField.Abstract, 1500)]
    [InlineData(SearchField.Claims, 1000)]
    [InlineData(SearchField.FullText, 1500)]
    public void Search_RandomRealSubstrings_MatchBruteForceExactly(SearchField field, int queries)
    {
        var random = new Random(20_240_000 + (int)field);
        var checkedQueries = 0;
        var mismatches = new List<string>();
        while (checkedQueries < queries)
        {
            var source = data.Records[random.Next(data.Records.Count)];
            var text = (field, random.Next(3)) switch
            {
                (SearchField.Title, _) or (SearchField.FullText, 0) => source.Title,
                (SearchField.Abstract, _) or (SearchField.FullText, 1) => source.Abstract,
                _ => source.Claims,
            };
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var query = RandomSubstring(text, random, random.Next(1, 9));
            if (TextNormalizer.Normalize(query).Length == 0)
            {
                continue;
            }

            checkedQueries++;
            var problem = Compare(field, query);
            if (problem is not null)
            {
                mismatches.Add(problem);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    [Theory]
    [InlineData("锂电池")]
    [InlineData("盐")]
    [InlineData("5G")]
    [InlineData("5g")]
    [InlineData("PM2.5")]
    [InlineData("LiFePO4")]
    [InlineData("ＬｉＦｅＰＯ４")]
    [InlineData("H01M")]
    [InlineData("CO2")]
    [InlineData("(1)")]
    [InlineData("，")]
    [InlineData(",")]
    [InlineData("%")]
    [InlineData("与现有技术相比")]
    [InlineData("a b")]
    [InlineData("3～8m")]
    [InlineData("μm")]
    [InlineData("℃")]
    public void Search_TrickyStrings_MatchBruteForceInEveryField(string query)
    {
        foreach (var field in Fields)
        {
            Assert.Null(Compare(field, query));
        }
    }

    [Fact]
    public void Search_ParsedCanonicalForm_FindsSameAsTermNode()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var source = data.Records[random.Next(data.Records.Count)];
            var query = RandomSubstring(source.Abstract ?? source.Title, random, random.Next(2, 9));
            if (TextNormalizer.Normalize(query).Length == 0)
            {
                continue;
            }

            var node = new TermNode(SearchField.FullText, query, Quoted: true);
            var reparsed = QueryParser.Parse(node.ToString());

            Assert.Equal(node.ToString(), reparsed.ToString());
            Assert.Equal(Keys(node), Keys(reparsed));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Search_ProximityOfRealPairs_MatchesBruteForce(bool ordered)
    {
        var random = new Random(ordered ? 11 : 12);
        var mismatches = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var source = data.Records[random.Next(data.Records.Count)];
            var text = TextNormalizer.Normalize(source.Abstract);
            if (text.Length < 30 || char.IsSurrogate(text[0]))
            {
                continue;
            }

            var at = random.Next(text.Length - 25);
            var left = text.Substring(at, random.Next(2, 5)).Trim();
            var right = text.Substring(at + left.Length + random.Next(0, 10), random.Next(2, 5)).Trim();
            if (left.Length == 0 || right.Length == 0 || left.Any(char.IsSurrogate) || right.Any(char.IsSurrogate))
            {
                continue;
            }

            var distance = random.Next(0, 12);
            var node = new ProximityNode(SearchField.Abstract, new TermNode(SearchField.Abstract, left, true), new TermNode(SearchField.Abstract, right, true), distance, ordered);
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            for (var d = 0; d < data.Records.Count; d++)
            {
                if (Near(data.Normalized[d][1], left, right, distance, ordered))
                {
                    expected.Add(data.Records[d].Key);
                }
            }

            var actual = Keys(node);
            if (!expected.SetEquals(actual))
            {
                mismatches.Add($"{node}: expected {expected.Count}, got {actual.Count}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public void Search_WildcardsOfRealText_MatchBruteForce()
    {
        // `?` is exactly one character, an inner `*` any run; both put single characters into phrases, which the
        // bigram-only index answers through a prefix over the bigrams (GramPhraseQuery, span prefix).
        var random = new Random(31);
        var mismatches = new List<string>();
        var checkedQueries = 0;
        while (checkedQueries < 400)
        {
            var source = data.Records[random.Next(data.Records.Count)];
            var text = TextNormalizer.Normalize(source.Abstract);
            if (text.Length < 20 || text.Any(c => char.IsSurrogate(c) || c is '?' or '*' or '？' or ' ' or '(' or ')' or '"' or '=' or '\\'))
            {
                continue;
            }

            string pattern;
            string regex;
            if (random.Next(2) == 0)
            {
                var length = random.Next(3, 7);
                var at = random.Next(text.Length - length);
                var hole = random.Next(1, length - 1);
                var piece = text.Substring(at, length);
                pattern = piece[..hole] + "?" + piece[(hole + 1)..];
                regex = System.Text.RegularExpressions.Regex.Escape(piece[..hole]) + "." + System.Text.RegularExpressions.Regex.Escape(piece[(hole + 1)..]);
            }
            else
            {
                var at = random.Next(text.Length - 12);
                var left = text.Substring(at, random.Next(1, 4));
                var right = text.Substring(at + left.Length + random.Next(0, 6), random.Next(1, 4));
                // Parts may share characters (熔炼*炼): they must still occupy different characters of the text.
                pattern = left + "*" + right;
                regex = System.Text.RegularExpressions.Regex.Escape(left) + ".*" + System.Text.RegularExpressions.Regex.Escape(right);
            }

            checkedQueries++;
            var matcher = new System.Text.RegularExpressions.Regex(regex, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            for (var d = 0; d < data.Records.Count; d++)
            {
                if (matcher.IsMatch(data.Normalized[d][1]))
                {
                    expected.Add(data.Records[d].Key);
                }
            }

            var actual = Keys(new TermNode(SearchField.Abstract, pattern, Quoted: false));
            if (!expected.SetEquals(actual))
            {
                mismatches.Add($"AB={pattern}: expected {expected.Count}, got {actual.Count}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public void Search_LastCharacterOfAField_IsFound()
    {
        // The last code point of a value has no bigram; the end-of-value unigram must find it.
        var mismatches = new List<string>();
        foreach (var record in data.Records.Take(300))
        {
            var title = TextNormalizer.Normalize(record.Title);
            if (title.Length == 0 || char.IsSurrogate(title[^1]))
            {
                continue;
            }

            var problem = Compare(SearchField.Title, title[^1..]);
            if (problem is not null)
            {
                mismatches.Add(problem);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    private static bool Near(string text, string left, string right, int distance, bool ordered)
    {
        for (var i = text.IndexOf(left, StringComparison.Ordinal); i >= 0; i = text.IndexOf(left, i + 1, StringComparison.Ordinal))
        {
            for (var j = text.IndexOf(right, StringComparison.Ordinal); j >= 0; j = text.IndexOf(right, j + 1, StringComparison.Ordinal))
            {
                var leftEnd = i + left.Length;
                var rightEnd = j + right.Length;
                if (j >= leftEnd && j - leftEnd <= distance)
                {
                    return true;
                }

                if (!ordered && i >= rightEnd && i - rightEnd <= distance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string? Compare(SearchField field, string query)
    {
        var normalized = TextNormalizer.Normalize(query);
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < data.Records.Count; d++)
        {
            var texts = data.Normalized[d];
            var hit = field switch
            {
                SearchField.Title => texts[0].Contains(normalized, StringComparison.Ordinal),
                SearchField.Abstract => texts[1].Contains(normalized, StringComparison.Ordinal),
                SearchField.Claims => texts[2].Contains(normalized, StringComparison.Ordinal),
                _ => texts.Any(t => t.Contains(normalized, StringComparison.Ordinal)),
            };
            if (hit)
            {
                expected.Add(data.Records[d].Key);
            }
        }

        var actual = Keys(new TermNode(field, query, Quoted: true));
        if (expected.SetEquals(actual))
        {
            return null;
        }

        var missing = expected.Except(actual).Count();
        var extra = actual.Except(expected).Count();
        return string.Create(CultureInfo.InvariantCulture, $"{field} '{query}': expected {expected.Count}, missing {missing}, extra {extra}");
    }

    private SortedSet<string> Keys(QueryNode node) => data.MatchingKeys(node);

    private static string RandomSubstring(string text, Random random, int length)
    {
        var start = random.Next(text.Length);
        if (char.IsLowSurrogate(text[start]) && start > 0)
        {
            start--;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return text[start..end];
    }
}
