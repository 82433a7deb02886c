using System.Net;
using System.Text;
using JinIp.PatentSearch.Analysis;

namespace JinIp.PatentSearch.Searching;

/// <summary>
/// Marks the query's literal strings in stored text. Matching is done on the normalized text, exactly as the
/// index matches, and mapped back to source offsets, so what is highlighted is what was found (full-width
/// "ＬｉＦｅＰＯ４" lights up for LiFePO4). A scan of one title and one abstract costs microseconds, far less
/// than re-analyzing for Lucene's highlighter.
/// </summary>
internal static class Highlighter
{
    public static string Highlight(string? text, IReadOnlyList<string> terms, int? snippetLength = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = new NormalizedText();
        normalized.Load(text);
        var haystack = new string(normalized.Chars, 0, normalized.Length);
        var marks = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            var at = 0;
            while (term.Length > 0 && (at = haystack.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
            {
                marks.Add((normalized.SourceStart[at], normalized.SourceEnd[at + term.Length - 1]));
                at++;
            }
        }

        marks.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            }
            else
            {
                merged.Add(mark);
            }
        }

        var (from, to) = (0, text.Length);
        if (snippetLength is { } length && text.Length > length)
        {
            // Start a little before the first match so the reader sees its context.
            from = merged.Count == 0 ? 0 : Math.Max(0, Math.Min(merged[0].Start - (length / 4), text.Length - length));
            if (from > 0 && char.IsLowSurrogate(text[from]))
            {
                from--;
            }

            to = Math.Min(text.Length, from + length);
            if (to < text.Length && to > 0 && char.IsHighSurrogate(text[to - 1]))
            {
                to--;
            }
        }

        var b = new StringBuilder((to - from) + (merged.Count * 9) + 2);
        if (from > 0)
        {
            b.Append('…');
        }

        var cursor = from;
        foreach (var (start, end) in merged)
        {
            if (end <= from || start >= to)
            {
                continue;
            }

            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            b.Append(WebUtility.HtmlEncode(text[cursor..s])).Append("<em>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</em>");
            cursor = e;
        }

        b.Append(WebUtility.HtmlEncode(text[cursor..to]));
        if (to < text.Length)
        {
            b.Append('…');
        }

        return b.ToString();
    }
}
