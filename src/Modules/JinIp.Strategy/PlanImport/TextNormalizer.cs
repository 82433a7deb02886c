using System.Text;
using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>A cleaned line of the source document with its 1-based source line number.</summary>
internal readonly record struct SourceLine(int Number, string Text);

/// <summary>
/// Turns raw document text into clean lines before any matching: conversion debris, page numbers and
/// blank lines go; traditional characters become simplified; full-width digits and letters become
/// ASCII so that 1．and １. read alike. Chinese punctuation stays as written, because the output is
/// shown to staff and （ ）、。 are part of the text they recognise.
/// </summary>
internal static partial class TextNormalizer
{
    // Word → text converters leave bookmark markers such as [bookmark: _Toc42160683], often several in a row.
    [GeneratedRegex(@"\[bookmark:[^\]\r\n]*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookmarkMarker();

    // Pandoc-style anchors: []{#_Toc42160683} and {#_Toc42160683 .anchor}.
    [GeneratedRegex(@"\[\]\{#[^}\r\n]*\}|\{#_[^}\r\n]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorMarker();

    // Page furniture printed as its own line: "- 3 -", "— 3 —", "3", "第3页", "第 3 页 共 10 页", "3/10".
    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberLine();

    /// <summary>Splits <paramref name="text"/> into cleaned, non-empty lines and counts what was dropped.</summary>
    public static List<SourceLine> ToLines(string text, out int droppedDebrisLines)
    {
        var lines = new List<SourceLine>();
        droppedDebrisLines = 0;
        var number = 0;
        // "\r\n" first, so that line numbers match what an editor shows.
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split(['\r', '\n', '\u2028', '\u2029', '\f', '\v']))
        {
            number++;
            var hadContent = !string.IsNullOrWhiteSpace(raw);
            var clean = NormalizeLine(raw);
            if (clean.Length == 0 || PageNumberLine().IsMatch(clean))
            {
                if (hadContent)
                {
                    droppedDebrisLines++;
                }

                continue;
            }

            lines.Add(new SourceLine(number, clean));
        }

        return lines;
    }

    /// <summary>Cleans one line: markers removed, characters folded, spaces between Chinese text removed.</summary>
    public static string NormalizeLine(string raw)
    {
        var text = raw;
        if (text.Contains('[', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal))
        {
            text = BookmarkMarker().Replace(text, string.Empty);
            text = AnchorMarker().Replace(text, string.Empty);
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = FoldCharacter(c);
            if (mapped != '\0')
            {
                folded.Append(mapped);
            }
        }

        return CollapseSpaces(folded);
    }

    /// <summary>Folds a character for matching and display; '\0' means "drop it".</summary>
    private static char FoldCharacter(char c) => c switch
    {
        // Full-width digits and Latin letters: ０-９, Ａ-Ｚ, ａ-ｚ.
        >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' or '\u2002' or '\u2003' or '\u2009' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => '\0',
        _ when char.IsControl(c) => '\0',
        _ => TraditionalChineseMap.ToSimplified(c),
    };

    /// <summary>
    /// Removes spaces next to Chinese text (typesetting debris such as 持续开展 “剑网行动”) and
    /// collapses runs between Latin words to one space, so "IP 5G" survives but "专 利" does not.
    /// </summary>
    private static string CollapseSpaces(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != ' ')
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            var before = result.Length > 0 ? result[^1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            if (before != '\0' && after != '\0' && before < '\u2E80' && after < '\u2E80')
            {
                result.Append(' ');
            }

            i = end;
        }

        return result.ToString();
    }
}
