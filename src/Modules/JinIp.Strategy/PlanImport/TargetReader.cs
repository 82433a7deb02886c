using System.Globalization;
using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>
/// Finds measurable targets in a measure: figures with a unit (5-10个, 100起以上, 85%, 4.5万件, 20亿元)
/// and directions without a figure (明显增长). Years (2021年), dates (4.26) and ordinals (第3批) are not targets.
/// </summary>
internal static partial class TargetReader
{
    // The prefix words change the kind: 不少于/超过/达到 → floor, 不超过/控制在 → ceiling.
    // Units are listed longest first so that 个百分点 wins over 个 and 万件 over 件.
    [GeneratedRegex(
        @"(?<pre>不少于|不低于|至少|超过|突破|力争达到|达到|提高到|提升到|提高至|提升至|不超过|不高于|控制在|低于|少于)?" +
        @"(?<![\d.第])(?<min>\d+(?:\.\d+)?)\s*(?:(?<sep>[-－—–~～至到])\s*(?<max>\d+(?:\.\d+)?))?\s*" +
        @"(?<unit>个百分点|百分点|万人次|万件|万元|亿元|万家|万人|万个|人次|件次|个工作日|工作日|个月|%|％|个|件|家|起|项|名|场|期|所|次|批|篇|部|款|套|台|座|户|元|小时|天|倍|人)" +
        @"(?<post>以上|以下|以内|左右)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex FigureTarget();

    // A direction at the end of a clause: …数量明显增长。 Verb-first phrases (持续增加X数量) are actions, not targets.
    [GeneratedRegex(@"(?<adv>明显|显著|大幅|稳步|持续|进一步|较快|快速|稳定)(?<verb>增长|增加|提升|提高|改善|下降|减少|增强|上升)(?=[。；;，,！!]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex QualitativeTarget();

    // Words before the subject that describe the effort, not the thing counted.
    [GeneratedRegex(@"^(?:力争|确保|争取|实现|推动|全年|年度|年内|全市|今年|到年底|年底前|当年)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingEffortWords();

    // Words after the subject that say how it moves, e.g. 专利质押融资额达到 → 专利质押融资额.
    [GeneratedRegex(@"(?:力争达到|达到|超过|突破|不少于|不低于|至少|提高到|提升到|提高至|提升至|不超过|控制在|增长|提高|提升|累计|新增|共计|总数|总量)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMovementWords();

    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '。', '：', ':', '！', '!', '、'];

    public static List<PlanTarget> Read(string text)
    {
        var targets = new List<PlanTarget>();
        foreach (Match match in FigureTarget().Matches(text))
        {
            targets.Add(FromFigure(text, match));
        }

        foreach (Match match in QualitativeTarget().Matches(text))
        {
            var clauseStart = ClauseStart(text, match.Index);
            var subject = CleanSubject(text[clauseStart..match.Index]);
            var clause = text[clauseStart..(match.Index + match.Length)];
            targets.Add(new PlanTarget(TargetKind.Qualitative, null, null, null, subject, clause));
        }

        return targets;
    }

    private static PlanTarget FromFigure(string text, Match match)
    {
        var min = decimal.Parse(match.Groups["min"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        decimal? max = match.Groups["max"].Success
            ? decimal.Parse(match.Groups["max"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;
        var unit = match.Groups["unit"].Value.Replace('％', '%');
        var pre = match.Groups["pre"].Value;
        var post = match.Groups["post"].Value;

        var kind = (max, pre, post) switch
        {
            ({ }, _, _) => TargetKind.Range,
            (_, _, "以上") => TargetKind.AtLeast,
            (_, _, "以下" or "以内") => TargetKind.AtMost,
            (_, _, "左右") => TargetKind.Approximately,
            (_, "不少于" or "不低于" or "至少" or "超过" or "突破" or "达到" or "力争达到" or "提高到" or "提升到" or "提高至" or "提升至", _) => TargetKind.AtLeast,
            (_, "不超过" or "不高于" or "控制在" or "低于" or "少于", _) => TargetKind.AtMost,
            _ => TargetKind.Exact,
        };

        (decimal? lower, decimal? upper) = kind switch
        {
            TargetKind.Range => ((decimal?)min, max),
            TargetKind.AtLeast => (min, null),
            TargetKind.AtMost => (null, min),
            _ => (min, (decimal?)min),
        };

        var clauseStart = ClauseStart(text, match.Index);
        var clauseEnd = ClauseEnd(text, match.Index + match.Length);
        var after = text[(match.Index + match.Length)..clauseEnd];
        var before = text[clauseStart..match.Index];

        // 组织实施5-10个专利导航项目 counts what follows the figure; 案件100起以上 and 融资额达到20亿元 count what precedes it.
        var subject = CleanSubject(CutAtConjunction(after));
        if (subject.Length == 0 || unit is "%" or "个百分点" or "百分点")
        {
            subject = CleanSubject(before);
        }

        return new PlanTarget(kind, lower, upper, unit, subject, text[clauseStart..clauseEnd].Trim());
    }

    private static string CutAtConjunction(string text)
    {
        var end = text.IndexOfAny(['并', '和', '及', '，', ',']);
        return end < 0 ? text : text[..end];
    }

    private static string CleanSubject(string text)
    {
        var subject = text.Trim().Trim('“', '”', '"', '（', '）', '(', ')').Trim();
        subject = LeadingEffortWords().Replace(subject, string.Empty);
        subject = TrailingMovementWords().Replace(subject, string.Empty);
        return subject.TrimEnd('的').Trim();
    }

    private static int ClauseStart(string text, int index)
    {
        var start = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1));
        return start < 0 || start >= index ? 0 : start + 1;
    }

    private static int ClauseEnd(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var end = text.IndexOfAny(ClauseBreaks, index);
        return end < 0 ? text.Length : end;
    }
}
