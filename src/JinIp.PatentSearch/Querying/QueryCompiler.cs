using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace JinIp.PatentSearch.Querying;

/// <summary>
/// Turns a <see cref="QueryNode"/> into a Lucene query over the fields of <see cref="PatentFields"/>. Text is
/// matched through <see cref="CharacterGrams"/>, the same scheme the tokenizer indexes with, so a term
/// matches exactly the documents whose normalized field contains it.
/// </summary>
internal sealed class QueryCompiler(Func<int, QueryNode?>? history)
{
    /// <summary>Title weighs over abstract over claims in TX, as searchers expect a title hit first.</summary>
    internal const float TitleBoost = 1.5f;
    internal const float AbstractBoost = 1.2f;
    internal const float ClaimsBoost = 1f;

    private readonly Stack<int> resolving = new();

    public Query Compile(QueryNode node) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        AndNode and => Boolean(and.Children, Occur.MUST),
        OrNode or => Boolean(or.Children, Occur.SHOULD),
        NotNode not => new BooleanQuery
        {
            { not.Include is MatchAllNode ? new MatchAllDocsQuery() : Compile(not.Include), Occur.MUST },
            { Compile(not.Exclude), Occur.MUST_NOT },
        },
        TermNode term => Term(term),
        ProximityNode near => Proximity(near),
        DateRangeNode range => NumericRangeQuery.NewInt32Range(
            DateField(range.Field),
            range.From is { } from ? PatentDocumentBuilder.DateKey(from) : null,
            range.To is { } to ? PatentDocumentBuilder.DateKey(to) : null,
            true,
            true),
        HistoryReferenceNode reference => History(reference),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>The normalized literal strings a query looks for in title and abstract, for highlighting.</summary>
    public static IReadOnlyList<string> HighlightTerms(QueryNode node, Func<int, QueryNode?>? history)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Collect(node, positive: true, depth: 0);
        return [.. terms.OrderByDescending(t => t.Length)];

        void Collect(QueryNode n, bool positive, int depth)
        {
            switch (n)
            {
                case AndNode andNode:
                    andNode.Children.ToList().ForEach(c => Collect(c, positive, depth));
                    break;
                case OrNode orNode:
                    orNode.Children.ToList().ForEach(c => Collect(c, positive, depth));
                    break;
                case NotNode not:
                    Collect(not.Include, positive, depth);
                    Collect(not.Exclude, !positive, depth);
                    break;
                case TermNode t when positive && t.Field is SearchField.FullText or SearchField.Title or SearchField.Abstract:
                    foreach (var part in t.Text.Split(['*', '?'], StringSplitOptions.RemoveEmptyEntries))
                    {
                        var normalized = TextNormalizer.Normalize(part);
                        if (normalized.Length > 0)
                        {
                            terms.Add(normalized);
                        }
                    }

                    break;
                case ProximityNode p when positive:
                    Collect(p.Left, positive, depth);
                    Collect(p.Right, positive, depth);
                    break;
                case HistoryReferenceNode h when history is not null && depth < 16 && history(h.Number) is { } resolved:
                    Collect(resolved, positive, depth + 1);
                    break;
            }
        }
    }

    private BooleanQuery Boolean(IReadOnlyList<QueryNode> children, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var child in children)
        {
            query.Add(Compile(child), occur);
        }

        return query;
    }

    private Query History(HistoryReferenceNode reference)
    {
        if (resolving.Contains(reference.Number))
        {
            throw new QuerySyntaxException(Math.Max(0, reference.Position), "a history reference that does not refer back to itself", "不循环引用自身的检索历史编号", "#" + reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var resolved = history?.Invoke(reference.Number)
            ?? throw new QuerySyntaxException(Math.Max(0, reference.Position), "the number of a query in the search history", "检索历史中存在的检索式编号", "#" + reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        resolving.Push(reference.Number);
        try
        {
            return Compile(resolved);
        }
        finally
        {
            resolving.Pop();
        }
    }

    private static Query Term(TermNode term)
    {
        var info = SearchFieldInfo.Of(term.Field);
        return info.Kind switch
        {
            SearchFieldKind.Text or SearchFieldKind.Name => AcrossFields(term.Field, field => Substring(field, term.Text, term.Quoted)),
            SearchFieldKind.Number => NumberQuery(term),
            SearchFieldKind.Ipc => IpcQuery(term),
            SearchFieldKind.Code => CodeQuery(term),
            _ => throw new ArgumentException($"Field {info.Code} takes dates, not terms.", nameof(term)),
        };
    }

    /// <summary>
    /// Proximity as the union of exact phrases "A, d unknown characters, B" for d = 0…n (and B before A when
    /// unordered). Lucene's span queries would be shorter to write but let the two spans overlap
    /// ("光学结构 W/5 结构" would match 光学结构 alone); the phrase union is exact and still reads bigram postings.
    /// </summary>
    private static Query Proximity(ProximityNode near) =>
        AcrossFields(near.Field, field =>
        {
            var left = Cells(near.Left);
            var right = Cells(near.Right);
            var any = new BooleanQuery();
            for (var gap = 0; gap <= near.Distance; gap++)
            {
                any.Add(Phrase(field, [.. left, .. Enumerable.Repeat<string?>(null, gap), .. right]), Occur.SHOULD);
                if (!near.Ordered)
                {
                    any.Add(Phrase(field, [.. right, .. Enumerable.Repeat<string?>(null, gap), .. left]), Occur.SHOULD);
                }
            }

            return any;
        });

    private static List<string?> Cells(TermNode term) =>
        [.. CharacterGrams.CodePoints(TextNormalizer.Normalize(term.Text))];

    /// <summary>TX is the three text fields with their boosts; every other field maps to one Lucene field.</summary>
    private static Query AcrossFields(SearchField field, Func<string, Query> build)
    {
        if (field != SearchField.FullText)
        {
            return build(TextField(field));
        }

        var title = build(PatentFields.Title);
        title.Boost = TitleBoost;
        var abstractQuery = build(PatentFields.Abstract);
        abstractQuery.Boost = AbstractBoost;
        var claims = build(PatentFields.Claims);
        claims.Boost = ClaimsBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { abstractQuery, Occur.SHOULD }, { claims, Occur.SHOULD } };
    }

    /// <summary>
    /// An exact substring: one unigram for one character, a phrase of bigrams for more. Unquoted, <c>?</c> is
    /// exactly one character and an inner <c>*</c> any run of characters (the parts must follow each other in
    /// order); at the ends of a term both constrain nothing, since a substring is unanchored. Quoted text is literal.
    /// </summary>
    internal static Query Substring(string field, string text, bool quoted)
    {
        if (quoted)
        {
            return Phrase(field, CharacterGrams.CodePoints(TextNormalizer.Normalize(text)).Cast<string?>().ToList());
        }

        var parts = text.Trim('*', '?', '？').Split('*', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return Phrase(field, Cells(parts[0]));
        }

        // The parser rejects ? together with an inner *, so every part here is plain text.
        return new OrderedSpanSequenceQuery([.. parts.Select(p => ExactSpan(field, p))]);
    }

    private static Query Phrase(string field, List<string?> cells)
    {
        var grams = new List<(string Gram, int Position, bool Prefix)>();
        foreach (var (run, offset) in Runs(cells))
        {
            grams.AddRange(CharacterGrams.Cover(run, offset));
        }

        if (grams.Count == 1)
        {
            // One code point: any term starting with it (its bigrams, or the end-of-value unigram).
            return grams[0].Prefix
                ? new PrefixQuery(new Term(field, grams[0].Gram))
                : new TermQuery(new Term(field, grams[0].Gram));
        }

        if (grams.Exists(g => g.Prefix))
        {
            return new GramPhraseQuery(field, grams);
        }

        var phrase = new PhraseQuery();
        foreach (var (gram, position, _) in grams)
        {
            phrase.Add(new Term(field, gram), position);
        }

        return phrase;
    }

    /// <summary>Normalized code points of an unquoted term, with null for each <c>?</c> (half- or full-width).</summary>
    private static List<string?> Cells(string text)
    {
        var cells = new List<string?>();
        foreach (var cell in CharacterGrams.CodePoints(TextNormalizer.Normalize(text)))
        {
            cells.Add(cell == "?" ? null : cell);
        }

        return cells;
    }

    private static IEnumerable<(List<string> Run, int Offset)> Runs(List<string?> cells)
    {
        var run = new List<string>();
        var start = 0;
        for (var i = 0; i <= cells.Count; i++)
        {
            if (i < cells.Count && cells[i] is { } cell)
            {
                if (run.Count == 0)
                {
                    start = i;
                }

                run.Add(cell);
            }
            else if (run.Count > 0)
            {
                yield return (run, start);
                run = [];
            }
        }
    }

    /// <summary>
    /// An exact substring as a span covering one position per code point, for inner truncation: the bigrams at
    /// consecutive positions, then any term starting with the last code point, so that the next part of the
    /// pattern cannot begin on a character this one uses.
    /// </summary>
    private static SpanQuery ExactSpan(string field, string text)
    {
        var points = CharacterGrams.CodePoints(TextNormalizer.Normalize(text));
        var chain = new List<SpanQuery>(points.Count);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            chain.Add(new SpanTermQuery(new Term(field, points[i] + points[i + 1])));
        }

        chain.Add(new SpanMultiTermQueryWrapper<PrefixQuery>(new PrefixQuery(new Term(field, points[^1]))));
        return Chain(chain);
    }

    private static SpanQuery Chain(List<SpanQuery> chain) =>
        chain.Count == 1 ? chain[0] : new SpanNearQuery([.. chain], 0, inOrder: true);

    private static Query NumberQuery(TermNode term)
    {
        var truncated = term.Text.EndsWith('*');
        if (term.Field == SearchField.ApplicationNumber)
        {
            var compact = ApplicationNumber.Compact(term.Text.TrimEnd('*'));
            // A number typed without its check character finds the application it belongs to.
            return truncated || compact.Length is 12 or 8
                ? new PrefixQuery(new Term(PatentFields.ApplicationNumber, compact))
                : new TermQuery(new Term(PatentFields.ApplicationNumber, compact));
        }

        var pn = ApplicationNumber.Compact(term.Text.TrimEnd('*'));
        if (pn.Length > 0 && char.IsAsciiDigit(pn[0]))
        {
            pn = "CN" + pn;
        }
        else if (!term.Text.TrimStart().StartsWith("CN", StringComparison.OrdinalIgnoreCase) && !term.Text.TrimStart().StartsWith("ZL", StringComparison.OrdinalIgnoreCase))
        {
            // Compact strips a CN/ZL prefix; a foreign country prefix is kept as typed.
            pn = term.Text.TrimEnd('*').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        }
        else
        {
            pn = "CN" + pn;
        }

        return truncated
            ? new PrefixQuery(new Term(PatentFields.PublicationNumber, pn))
            : new TermQuery(new Term(PatentFields.PublicationNumber, pn));
    }

    private static Query IpcQuery(TermNode term)
    {
        var field = term.Field == SearchField.MainIpc ? PatentFields.MainIpc : PatentFields.Ipc;
        if (term.Text.EndsWith('*'))
        {
            var prefix = term.Text.TrimEnd('*').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            if (IpcCode.TryParse(prefix, out var whole) && whole.Level == IpcLevel.MainGroup && !prefix.EndsWith("/00", StringComparison.Ordinal))
            {
                prefix = whole.Code;
            }

            return new PrefixQuery(new Term(field, prefix));
        }

        // A code at any level finds everything below it: the index holds every level of every code.
        return new TermQuery(new Term(field, IpcCode.Parse(term.Text).Code));
    }

    private static Query CodeQuery(TermNode term)
    {
        switch (term.Field)
        {
            case SearchField.Type:
                return PatentTypes.TryParse(term.Text, out var type)
                    ? new TermQuery(new Term(PatentFields.Type, type.Code()))
                    : throw new ArgumentException($"Unknown patent type '{term.Text}'.", nameof(term));
            case SearchField.LegalStatus:
                var statuses = LegalStatuses.Resolve(term.Text) ?? [];
                if (statuses.Count == 1)
                {
                    return new TermQuery(new Term(PatentFields.LegalStatus, statuses[0].Code()));
                }

                var any = new BooleanQuery();
                foreach (var status in statuses)
                {
                    any.Add(new TermQuery(new Term(PatentFields.LegalStatus, status.Code())), Occur.SHOULD);
                }

                return any;
            case SearchField.Region:
                return term.Text.EndsWith('*')
                    ? new PrefixQuery(new Term(PatentFields.Region, term.Text.TrimEnd('*')))
                    : new TermQuery(new Term(PatentFields.Region, term.Text));
            default:
                var sei = Reference.StrategicEmergingIndustries.All.FirstOrDefault(i => i.Name == term.Text)?.Code ?? term.Text;
                return sei.EndsWith('*')
                    ? new PrefixQuery(new Term(PatentFields.Sei, sei.TrimEnd('*')))
                    : new TermQuery(new Term(PatentFields.Sei, sei));
        }
    }

    private static string TextField(SearchField field) => field switch
    {
        SearchField.Title => PatentFields.Title,
        SearchField.Abstract => PatentFields.Abstract,
        SearchField.Claims => PatentFields.Claims,
        SearchField.Applicant => PatentFields.Applicant,
        SearchField.RightHolder => PatentFields.RightHolder,
        SearchField.Inventor => PatentFields.Inventor,
        SearchField.Agency => PatentFields.Agency,
        SearchField.Agent => PatentFields.Agent,
        SearchField.Address => PatentFields.Address,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string DateField(SearchField field) => field switch
    {
        SearchField.ApplicationDate => PatentFields.ApplicationDate,
        SearchField.PublicationDate => PatentFields.PublicationDate,
        SearchField.GrantDate => PatentFields.GrantDate,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
