using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// A phrase of character grams in which some positions hold a single code point that must match any term
/// starting with it (the bigrams it starts, or the end-of-value unigram; see <see cref="CharacterGrams"/>).
/// Rewritten against the reader into a <see cref="MultiPhraseQuery"/> with the expanded terms at those positions,
/// or into a query matching nothing when a code point starts no term.
/// </summary>
internal sealed class GramPhraseQuery : Query
{
    private readonly string field;
    private readonly List<(string Gram, int Position, bool Prefix)> grams;

    public GramPhraseQuery(string field, IEnumerable<(string Gram, int Position, bool Prefix)> grams)
    {
        this.field = field;
        this.grams = [.. grams];
    }

    public override Query Rewrite(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, field);
        var phrase = new MultiPhraseQuery { Boost = Boost };
        foreach (var (gram, position, prefix) in grams)
        {
            if (!prefix)
            {
                phrase.Add([new Term(field, gram)], position);
                continue;
            }

            var expanded = Expand(terms, field, gram);
            if (expanded.Length == 0)
            {
                return new BooleanQuery();
            }

            phrase.Add(expanded, position);
        }

        return phrase;
    }

    /// <summary>Every term of <paramref name="field"/> that starts with <paramref name="prefix"/>.</summary>
    internal static Term[] Expand(Terms? terms, string field, string prefix)
    {
        if (terms is null)
        {
            return [];
        }

        var start = new BytesRef(prefix);
        var result = new List<Term>();
        var termsEnum = terms.GetEnumerator();
        if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            var current = termsEnum.Term;
            if (!StringHelper.StartsWith(current, start))
            {
                break;
            }

            result.Add(new Term(field, BytesRef.DeepCopyOf(current)));
        }
        while (termsEnum.MoveNext());

        return [.. result];
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var (gram, _, prefix) in grams)
        {
            if (!prefix)
            {
                terms.Add(new Term(field, gram));
            }
        }
    }

    public override string ToString(string field)
    {
        var text = new StringBuilder();
        if (!string.Equals(field, this.field, StringComparison.Ordinal))
        {
            text.Append(this.field).Append(':');
        }

        text.Append('"');
        foreach (var (gram, position, prefix) in grams)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gram}{(prefix ? "*" : string.Empty)}@{position} ");
        }

        return text.Append('"').ToString();
    }

    public override bool Equals(object? obj) =>
        obj is GramPhraseQuery other && base.Equals(obj) && string.Equals(field, other.field, StringComparison.Ordinal) && grams.SequenceEqual(other.grams);

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(base.GetHashCode(), field);
        foreach (var gram in grams)
        {
            hash = HashCode.Combine(hash, gram);
        }

        return hash;
    }
}
