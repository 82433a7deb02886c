namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// The indexing scheme for title, abstract, claims and the name fields, in one place for the tokenizer and the
/// query builder: every normalized code point has its own position, holding the bigram it starts, or the code
/// point alone when it is the last of the value. A string of n ≥ 2 code points then occurs exactly where its
/// bigrams occur at consecutive positions; a single code point exactly where a term starting with it occurs (a
/// prefix over the bigrams plus the end-of-value unigram). See docs/adr/0002.
/// </summary>
internal static class CharacterGrams
{
    /// <summary>Splits normalized text into code points (a surrogate pair is one element).</summary>
    public static List<string> CodePoints(string normalized)
    {
        var result = new List<string>(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (char.IsHighSurrogate(normalized[i]) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                result.Add(normalized.Substring(i, 2));
                i++;
            }
            else
            {
                result.Add(normalized[i].ToString());
            }
        }

        return result;
    }

    /// <summary>
    /// The terms and relative positions that pin down a run of consecutive code points: bigrams at 0, 2, 4, …
    /// and one ending at the last code point. Skipping every other bigram keeps the match exact (every
    /// adjacent pair is still fixed by position) and halves the postings a phrase query reads.
    /// </summary>
    /// <remarks>A single code point yields itself with <c>Prefix</c> set: any term starting with it matches.</remarks>
    public static IEnumerable<(string Term, int Position, bool Prefix)> Cover(IReadOnlyList<string> run, int offset)
    {
        if (run.Count == 1)
        {
            yield return (run[0], offset, true);
            yield break;
        }

        var last = run.Count - 2;
        for (var p = 0; p <= last; p += 2)
        {
            yield return (run[p] + run[p + 1], offset + p, false);
        }

        if (last % 2 == 1)
        {
            yield return (run[last] + run[last + 1], offset + last, false);
        }
    }
}
