using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>An item heading with the lines that follow it, before its content is analysed.</summary>
internal sealed class RawItem(ClassifiedLine heading)
{
    public ClassifiedLine Heading { get; } = heading;

    public List<ClassifiedLine> Content { get; } = [];
}

/// <summary>Turns an item heading and its lines into a <see cref="PlanItem"/>: headline, body, measures, units, targets.</summary>
internal static partial class ItemBuilder
{
    // Inline numbering inside one paragraph: "…如下：1.开展…；2.加强…" or "①…；②…". Only at a sentence boundary,
    // so that 4.26 or 1.5亿元 in the middle of a clause never splits a measure.
    [GeneratedRegex(@"(?:^|(?<=[。；;：:]))\s*(?<label>(?<n>\d{1,2})[.．、](?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex InlineArabicDot();

    [GeneratedRegex(@"(?:^|(?<=[。；;：:]))\s*(?<label>[（(](?<n>\d{1,2})[)）])", RegexOptions.CultureInvariant)]
    private static partial Regex InlineParenthesized();

    [GeneratedRegex(@"(?<label>(?<c>[①-⑳]))", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCircled();

    private static readonly char[] HeadlinePunctuation = ['。', '；', ';', '：', ':', '，', ',', '！', '!', ' '];

    public static PlanItem Build(RawItem raw, List<PlanWarning> warnings)
    {
        var heading = raw.Heading;
        var content = raw.Content;
        var headingText = heading.Rest;

        // A heading alone on its line ("（一）" then the headline below) takes its headline from the next text line.
        if (headingText.Length == 0 && content.Count > 0 && content[0].Kind == LineKind.Text)
        {
            headingText = content[0].Line.Text;
            content = content.GetRange(1, content.Count - 1);
        }

        var itemUnits = new List<ResponsibleUnit>();
        var (first, rest) = SentenceSplitter.SplitFirst(headingText);
        var headline = ResponsibilityReader.ExtractBrackets(first, itemUnits).Trim().TrimEnd(HeadlinePunctuation);

        var body = new StringBuilder(rest);
        foreach (var line in content)
        {
            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(line.Line.Text);
        }

        var measures = BuildMeasures(heading, rest, content, itemUnits, warnings);
        if (measures.Count == 0)
        {
            warnings.Add(new PlanWarning(
                "item-without-measures",
                $"第{heading.Numeral}项“{headline}”没有具体措施。",
                $"Item {heading.Number} \"{headline}\" has no measures.",
                heading.Line.Number));
        }

        var targets = TargetReader.Read(headline);
        targets.AddRange(measures.SelectMany(measure => measure.Targets));
        var units = ResponsibilityReader.Merge(itemUnits.Concat(measures.SelectMany(measure => measure.Units)));

        return new PlanItem(heading.Number, heading.Numeral, headline, body.ToString(), measures, units, targets, heading.Line.Number);
    }

    private static List<PlanMeasure> BuildMeasures(ClassifiedLine heading, string headingRest, List<ClassifiedLine> content, List<ResponsibleUnit> itemUnits, List<PlanWarning> warnings)
    {
        var intro = new StringBuilder(headingRest);
        var blocks = new List<(string Label, int Number, StringBuilder Text)>();
        var topStyle = content.FirstOrDefault(line => line.Kind == LineKind.Measure).Style;

        foreach (var line in content)
        {
            switch (line.Kind)
            {
                case LineKind.Responsibility:
                    // A 牵头单位：… line of its own speaks for the whole item.
                    itemUnits.AddRange(ResponsibilityReader.ReadNote(line.Line.Text));
                    break;
                case LineKind.Measure when line.Style == topStyle:
                    blocks.Add((line.Label, line.Number, new StringBuilder(line.Rest)));
                    break;
                default:
                    // Deeper numbering and continuation lines belong to the measure above them.
                    (blocks.Count > 0 ? blocks[^1].Text : intro).Append(line.Line.Text);
                    break;
            }
        }

        var introText = intro.ToString();
        if (blocks.Count == 0)
        {
            (introText, blocks) = SplitInlineNumbering(introText);
        }

        var measures = new List<PlanMeasure>();
        foreach (var sentence in SentenceSplitter.Split(introText))
        {
            // "主要措施如下：" introduces the numbered measures; it is not a measure itself.
            if (blocks.Count > 0 && (sentence.EndsWith('：') || sentence.EndsWith(':')))
            {
                continue;
            }

            AddMeasure(measures, null, sentence, itemUnits);
        }

        foreach (var block in blocks)
        {
            AddMeasure(measures, block.Label, block.Text.ToString(), itemUnits);
        }

        CheckMeasureNumbering(heading, blocks, warnings);
        return measures;
    }

    private static void AddMeasure(List<PlanMeasure> measures, string? label, string text, List<ResponsibleUnit> itemUnits)
    {
        var units = new List<ResponsibleUnit>();
        var clean = ResponsibilityReader.ExtractBrackets(text, units).Trim();
        var meaningful = clean.Trim('。', '；', ';', '，', ',', ' ');
        if (meaningful.Length == 0)
        {
            // "…专项行动。（市公安局负责）" splits into a sentence and a bare note: the note belongs to the sentence before.
            if (units.Count > 0 && measures.Count > 0)
            {
                var previous = measures[^1];
                measures[^1] = previous with { Units = ResponsibilityReader.Merge(previous.Units.Concat(units)) };
            }
            else
            {
                itemUnits.AddRange(units);
            }

            return;
        }

        // A bracket removed just before the full stop leaves "…专项行动。" intact; one removed mid-sentence may leave "行动，。".
        clean = clean.Replace("，。", "。", StringComparison.Ordinal);
        measures.Add(new PlanMeasure(measures.Count + 1, label, clean, ResponsibilityReader.Merge(units), TargetReader.Read(clean)));
    }

    private static (string Intro, List<(string Label, int Number, StringBuilder Text)> Blocks) SplitInlineNumbering(string text)
    {
        foreach (var pattern in new[] { InlineCircled(), InlineParenthesized(), InlineArabicDot() })
        {
            var markers = new List<(int Index, int Length, string Label, int Number)>();
            foreach (Match match in pattern.Matches(text))
            {
                var label = match.Groups["label"];
                var number = match.Groups["c"].Success
                    ? match.Groups["c"].Value[0] - '①' + 1
                    : int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

                // Only a run 1, 2, 3… counts; a stray (3) in the prose is not numbering.
                if (number == markers.Count + 1)
                {
                    markers.Add((label.Index, label.Length, label.Value, number));
                }
            }

            if (markers.Count < 2)
            {
                continue;
            }

            var blocks = new List<(string Label, int Number, StringBuilder Text)>();
            for (var i = 0; i < markers.Count; i++)
            {
                var start = markers[i].Index + markers[i].Length;
                var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
                blocks.Add((markers[i].Label, markers[i].Number, new StringBuilder(text[start..end].Trim())));
            }

            return (text[..markers[0].Index], blocks);
        }

        return (text, []);
    }

    private static void CheckMeasureNumbering(ClassifiedLine heading, List<(string Label, int Number, StringBuilder Text)> blocks, List<PlanWarning> warnings)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Number != i + 1)
            {
                warnings.Add(new PlanWarning(
                    "measure-numbering-gap",
                    $"第{heading.Numeral}项的措施编号不连续：第{i + 1}条写作“{blocks[i].Label}”。",
                    $"Item {heading.Number}: measure {i + 1} is numbered \"{blocks[i].Label}\".",
                    heading.Line.Number));
                return;
            }
        }
    }
}
