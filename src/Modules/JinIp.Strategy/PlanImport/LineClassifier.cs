using System.Globalization;
using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>What a cleaned line starts with.</summary>
internal enum LineKind
{
    Text,
    Part,
    Item,
    Measure,
    Responsibility,
}

/// <summary>The numbering styles of measures, in the order plans nest them.</summary>
internal enum MeasureStyle
{
    None,

    /// <summary>1.  1．  1、  ⒈</summary>
    ArabicDot,

    /// <summary>（1）  (1)  ⑴</summary>
    ParenthesizedArabic,

    /// <summary>1）  1)</summary>
    ArabicParenthesis,

    /// <summary>①</summary>
    Circled,
}

/// <summary>A cleaned line with what its leading numbering says.</summary>
/// <param name="Line">The source line.</param>
/// <param name="Kind">Heading level, measure, responsibility line or plain text.</param>
/// <param name="Number">The heading or measure number; 0 for text.</param>
/// <param name="Numeral">The number as written without brackets (一, 七, 3).</param>
/// <param name="Label">The full numbering as written (（七）, 1．, ①); empty for text.</param>
/// <param name="Rest">The text after the numbering.</param>
/// <param name="Style">The measure numbering style.</param>
internal readonly record struct ClassifiedLine(SourceLine Line, LineKind Kind, int Number, string Numeral, string Label, string Rest, MeasureStyle Style);

/// <summary>Recognises part, item and measure numbering in full-width and half-width forms.</summary>
internal static partial class LineClassifier
{
    // 一、 一， 一. 一． — the part level. "一是" is not a heading, so a separator is required.
    [GeneratedRegex(@"^(?<n>[零〇一二两三四五六七八九十百千]{1,6})\s*[、，,.．](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartHeading();

    // 第一部分 / 第一章 / 第一篇, used by longer plans instead of 一、.
    [GeneratedRegex(@"^第(?<n>[零〇一二两三四五六七八九十百千]{1,6})(?:部分|章|篇)[、，,：:\s]*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPartHeading();

    // （一） (一) and mixed （一) — the item level.
    [GeneratedRegex(@"^[（(]\s*(?<n>[零〇一二两三四五六七八九十百千]{1,6})\s*[)）](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemHeading();

    // 1. 1． 1、 — but not 4.26 (a date) or 1.5亿元 (a figure).
    [GeneratedRegex(@"^(?<n>\d{1,3})\s*[.．、](?!\d)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicDotMeasure();

    [GeneratedRegex(@"^[（(]\s*(?<n>\d{1,3})\s*[)）](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesizedMeasure();

    [GeneratedRegex(@"^(?<n>\d{1,3})[)）](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicParenthesisMeasure();

    // 牵头单位：… / 责任单位：… on a line of its own.
    [GeneratedRegex(@"^[（(]?\s*(?:责任单位|牵头单位|主责单位|负责单位|配合单位|协办单位|参与单位|协同单位|责任部门|牵头部门|配合部门)\s*[：:]", RegexOptions.CultureInvariant)]
    private static partial Regex ResponsibilityLine();

    public static ClassifiedLine Classify(SourceLine line)
    {
        var text = line.Text;

        var match = ItemHeading().Match(text);
        if (match.Success && ChineseNumeral.TryParse(match.Groups["n"].ValueSpan, out var number))
        {
            return Heading(line, LineKind.Item, number, match, $"（{match.Groups["n"].Value}）");
        }

        match = PartHeading().Match(text);
        if (!match.Success)
        {
            match = NamedPartHeading().Match(text);
        }

        if (match.Success && ChineseNumeral.TryParse(match.Groups["n"].ValueSpan, out number) && match.Groups["rest"].ValueSpan.Trim().Length > 0)
        {
            return Heading(line, LineKind.Part, number, match, match.Value[..^match.Groups["rest"].Length]);
        }

        if (ResponsibilityLine().IsMatch(text))
        {
            return new ClassifiedLine(line, LineKind.Responsibility, 0, string.Empty, string.Empty, text, MeasureStyle.None);
        }

        return ClassifyMeasure(line) ?? new ClassifiedLine(line, LineKind.Text, 0, string.Empty, string.Empty, text, MeasureStyle.None);
    }

    private static ClassifiedLine? ClassifyMeasure(SourceLine line)
    {
        var text = line.Text;
        var first = text[0];
        if (first is >= '①' and <= '⑳')
        {
            return Measure(line, MeasureStyle.Circled, first - '①' + 1, text[..1], text[1..]);
        }

        if (first is >= '⑴' and <= '⒇')
        {
            return Measure(line, MeasureStyle.ParenthesizedArabic, first - '⑴' + 1, text[..1], text[1..]);
        }

        if (first is >= '⒈' and <= '⒛')
        {
            return Measure(line, MeasureStyle.ArabicDot, first - '⒈' + 1, text[..1], text[1..]);
        }

        foreach (var (pattern, style) in MeasurePatterns)
        {
            var match = pattern.Match(text);
            if (match.Success && match.Groups["rest"].ValueSpan.Trim().Length > 0)
            {
                var number = int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                var label = match.Value[..^match.Groups["rest"].Length].Trim();
                return Measure(line, style, number, label, match.Groups["rest"].Value);
            }
        }

        return null;
    }

    private static readonly (Regex Pattern, MeasureStyle Style)[] MeasurePatterns =
    [
        (ParenthesizedMeasure(), MeasureStyle.ParenthesizedArabic),
        (ArabicDotMeasure(), MeasureStyle.ArabicDot),
        (ArabicParenthesisMeasure(), MeasureStyle.ArabicParenthesis),
    ];

    private static ClassifiedLine Heading(SourceLine line, LineKind kind, int number, Match match, string label) =>
        new(line, kind, number, match.Groups["n"].Value, label.Trim(), match.Groups["rest"].Value.Trim(), MeasureStyle.None);

    private static ClassifiedLine Measure(SourceLine line, MeasureStyle style, int number, string label, string rest) =>
        new(line, LineKind.Measure, number, number.ToString(CultureInfo.InvariantCulture), label, rest.Trim(), style);
}
