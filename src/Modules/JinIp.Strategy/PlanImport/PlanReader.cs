using System.Globalization;
using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>Reads cleaned text into the part → item → measure hierarchy and checks its numbering.</summary>
internal static partial class PlanReader
{
    /// <summary>A plan needs at least this many items; fewer numbered lines are more likely a list inside an article.</summary>
    private const int MinimumItems = 2;

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // Words a plan title ends with: 工作要点, 实施方案, 行动计划, 任务分工 …
    [GeneratedRegex(@"(?:要点|计划|方案|规划|安排|意见|任务|清单|分工|纲要|办法|细则|措施|通知|要求)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnding();

    // "附件" / "附件2" above the title of an attachment to a notice.
    [GeneratedRegex(@"^附\s*件\s*\d*\s*[：:]?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentMarker();

    private sealed class RawPart(ClassifiedLine? heading)
    {
        public ClassifiedLine? Heading { get; } = heading;

        public List<ClassifiedLine> Introduction { get; } = [];

        public List<RawItem> Items { get; } = [];
    }

    public static PlanParseResult Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PlanParseResult.Failure(PlanErrors.Empty);
        }

        if (LooksBinary(text))
        {
            return PlanParseResult.Failure(PlanErrors.Unreadable);
        }

        var lines = TextNormalizer.ToLines(text, out _);
        if (lines.Count == 0)
        {
            return PlanParseResult.Failure(PlanErrors.Empty);
        }

        var classified = lines.ConvertAll(LineClassifier.Classify);
        var firstHeading = classified.FindIndex(line => line.Kind is LineKind.Part or LineKind.Item);
        if (firstHeading < 0)
        {
            return PlanParseResult.Failure(PlanErrors.NotAPlan);
        }

        var warnings = new List<PlanWarning>();
        var parts = Group(classified, firstHeading);
        if (parts.All(part => part.Items.Count == 0))
        {
            parts = DemotePartsToItems(parts, warnings);
        }

        var itemCount = parts.Sum(part => part.Items.Count);
        var (title, preamble) = ReadHeader(classified.GetRange(0, firstHeading));
        if (itemCount < MinimumItems || IsMostlyProse(preamble, classified, firstHeading))
        {
            return PlanParseResult.Failure(PlanErrors.TooLittleStructure(itemCount));
        }

        var year = ReadYear(title) ?? ReadYear(preamble);
        if (title.Length == 0)
        {
            warnings.Add(new PlanWarning("title-missing", "未识别到文件标题。", "No document title was found.", null));
        }

        if (year is null)
        {
            warnings.Add(new PlanWarning("year-missing", "标题中未识别到年度，请在导入时指定。", "No year was found in the title; set it when importing.", null));
        }

        var planParts = parts.ConvertAll(part => BuildPart(part, warnings));
        NumberingCheck.Check(planParts, warnings);

        return PlanParseResult.Success(new PlanDocument(title, year, preamble, planParts), [.. warnings.OrderBy(w => w.Line ?? 0)]);
    }

    private static List<RawPart> Group(List<ClassifiedLine> lines, int firstHeading)
    {
        var parts = new List<RawPart>();
        RawItem? item = null;
        for (var i = firstHeading; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Part:
                    parts.Add(new RawPart(line));
                    item = null;
                    break;
                case LineKind.Item:
                    if (parts.Count == 0)
                    {
                        // Items without part headings: one implicit part holds them.
                        parts.Add(new RawPart(null));
                    }

                    item = new RawItem(line);
                    parts[^1].Items.Add(item);
                    break;
                default:
                    (item?.Content ?? parts[^1].Introduction).Add(line);
                    break;
            }
        }

        return parts;
    }

    /// <summary>A plan written only with 一、 headings (common for district plans) has its work points at that level.</summary>
    private static List<RawPart> DemotePartsToItems(List<RawPart> parts, List<PlanWarning> warnings)
    {
        var implicitPart = new RawPart(null);
        foreach (var part in parts)
        {
            var heading = part.Heading!.Value with { Kind = LineKind.Item };
            var item = new RawItem(heading);
            item.Content.AddRange(part.Introduction);
            implicitPart.Items.Add(item);
        }

        warnings.Add(new PlanWarning(
            "parts-read-as-items",
            "文件只有“一、”级标题，已将其作为工作条目导入。",
            "The document has only 一、 headings; they were read as items.",
            null));
        return [implicitPart];
    }

    private static PlanPart BuildPart(RawPart part, List<PlanWarning> warnings)
    {
        var items = part.Items.ConvertAll(item => ItemBuilder.Build(item, warnings));
        var introduction = string.Join('\n', part.Introduction.Select(line => line.Line.Text));
        if (part.Heading is not { } heading)
        {
            return new PlanPart(null, string.Empty, string.Empty, introduction, items, 0);
        }

        var title = heading.Rest.TrimEnd('。', '；', ';', '：', ':', '，', ',');
        if (items.Count == 0 && introduction.Length == 0)
        {
            warnings.Add(new PlanWarning(
                "part-without-items",
                $"第{heading.Numeral}部分“{title}”下没有内容。",
                $"Part {heading.Number} \"{title}\" has no content.",
                heading.Line.Number));
        }

        return new PlanPart(heading.Number, heading.Numeral, title, introduction, items, heading.Line.Number);
    }

    private static (string Title, string Preamble) ReadHeader(List<ClassifiedLine> header)
    {
        var texts = header.Select(line => line.Line.Text).SkipWhile(text => AttachmentMarker().IsMatch(text)).ToList();
        if (texts.Count == 0 || !LooksLikeTitle(texts[0]))
        {
            return (string.Empty, string.Join('\n', texts));
        }

        var title = texts[0];
        var consumed = 1;

        // Long titles are broken over two lines in Word: "天津市…知识产权" / "工作要点".
        if (texts.Count > 1 && !TitleEnding().IsMatch(title) && LooksLikeTitle(texts[1]) && TitleEnding().IsMatch(texts[1]))
        {
            title += texts[1];
            consumed = 2;
        }

        return (title, string.Join('\n', texts.Skip(consumed)));
    }

    private static bool LooksLikeTitle(string text) =>
        text.Length <= 60 && !text.EndsWith('。') && !text.EndsWith('；') && !text.Contains('。', StringComparison.Ordinal);

    private static int? ReadYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A news article that happens to contain two numbered lines is mostly prose before them.</summary>
    private static bool IsMostlyProse(string preamble, List<ClassifiedLine> lines, int firstHeading)
    {
        var structured = 0;
        for (var i = firstHeading; i < lines.Count; i++)
        {
            structured += lines[i].Line.Text.Length;
        }

        return preamble.Length > 2000 && preamble.Length > 3 * structured;
    }

    /// <summary>Binary content read as text is full of replacement and control characters.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var suspicious = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\r' and not '\n' and not '\t' and not '\f' and not '\v'))
            {
                suspicious++;
            }
        }

        return suspicious > sample.Length / 20;
    }
}
