using System.Text.RegularExpressions;

namespace JinIp.Strategy.PlanImport;

/// <summary>
/// Reads the responsibility notes of a plan: （市知识产权局、市公安局按职责分工负责）, (责任单位：…),
/// 牵头单位：…；配合单位：…, and 市知识产权局牵头，市公安局配合.
/// </summary>
internal static partial class ResponsibilityReader
{
    // A bracket with no nested brackets; unit names such as 中国（天津）知识产权保护中心 are handled by allowing one nested pair.
    [GeneratedRegex(@"[（(](?<content>(?:[^（()）]|[（(][^（()）]*[)）])+)[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^(?<label>责任单位|牵头单位|主责单位|负责单位|配合单位|协办单位|参与单位|协同单位|责任部门|牵头部门|配合部门)\s*[：:]\s*(?<names>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSegment();

    // 市知识产权局牵头，市公安局、市商务局配合
    [GeneratedRegex(@"^(?<lead>.+?)牵头(?:[，,、；;]?(?<co>.+?)(?:配合|参与|协同|协助|参加))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadWithCo();

    // 市知识产权局、市公安局按职责分工负责 / 分别负责 / 负责
    [GeneratedRegex(@"^(?<names>.+?)(?<shared>按职责分工负责|按照职责分工负责|按职责负责|分别负责|共同负责)?(?<single>负责)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ResponsibleSuffix();

    // The endings of unit names in Tianjin plans (局, 委, 院, 海关, 中心, 政府, 分行 …).
    [GeneratedRegex(@"(?:局|委|委员会|院|厅|办|办公室|部|会|海关|中心|政府|法院|检察院|分行|支行|单位|部门|公司|集团|大学|学院|协会|联盟|法庭|各区|队|所|站|处|室)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitNameEnding();

    /// <summary>
    /// Removes every responsibility bracket from <paramref name="text"/> and returns the units it stated.
    /// Brackets that are not about units (（试行）, （2021-2025年）) stay in the text.
    /// </summary>
    public static string ExtractBrackets(string text, List<ResponsibleUnit> units)
    {
        if (!text.Contains('（', StringComparison.Ordinal) && !text.Contains('(', StringComparison.Ordinal))
        {
            return text;
        }

        return Bracket().Replace(text, match =>
        {
            var found = ReadNote(match.Groups["content"].Value);
            if (found.Count == 0)
            {
                return match.Value;
            }

            units.AddRange(found);
            return string.Empty;
        });
    }

    /// <summary>Reads a note (bracket content or a 牵头单位：… line); empty when it does not name units.</summary>
    public static List<ResponsibleUnit> ReadNote(string note)
    {
        var units = new List<ResponsibleUnit>();
        var content = note.Trim().Trim('（', '(', '）', ')', '。', '；', ';').Trim();
        if (content.Length == 0)
        {
            return units;
        }

        var segments = content.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var labelled = false;
        foreach (var segment in segments)
        {
            var match = LabelledSegment().Match(segment);
            if (!match.Success)
            {
                continue;
            }

            labelled = true;
            var label = match.Groups["label"].Value;
            var names = match.Groups["names"].Value;
            if (label.StartsWith("配合", StringComparison.Ordinal) || label.StartsWith('协') || label.StartsWith("参与", StringComparison.Ordinal))
            {
                AddNames(units, SplitNames(names), UnitRole.Co, requireUnitEnding: false);
            }
            else if (label.StartsWith("牵头", StringComparison.Ordinal) || label.StartsWith("主责", StringComparison.Ordinal))
            {
                AddNames(units, SplitNames(names), UnitRole.Lead, requireUnitEnding: false);
            }
            else
            {
                ReadResponsibleList(names, units, requireUnitEnding: false);
            }
        }

        if (!labelled)
        {
            // Unlabelled notes only count when they say 负责/牵头 and every name looks like a unit,
            // so that （试行） or （含港澳台） are never read as units.
            if (content.EndsWith("负责", StringComparison.Ordinal) || content.Contains("牵头", StringComparison.Ordinal))
            {
                ReadResponsibleList(content, units, requireUnitEnding: true);
            }
        }

        return units;
    }

    private static void ReadResponsibleList(string names, List<ResponsibleUnit> units, bool requireUnitEnding)
    {
        var trimmed = names.Trim().TrimEnd('。', '，', ',');
        var leadMatch = LeadWithCo().Match(trimmed);
        if (leadMatch.Success)
        {
            var found = new List<ResponsibleUnit>();
            if (AddNames(found, SplitNames(leadMatch.Groups["lead"].Value), UnitRole.Lead, requireUnitEnding)
                && (!leadMatch.Groups["co"].Success || AddNames(found, SplitNames(leadMatch.Groups["co"].Value), UnitRole.Co, requireUnitEnding)))
            {
                units.AddRange(found);
            }

            return;
        }

        var match = ResponsibleSuffix().Match(trimmed);
        var list = SplitNames(match.Groups["names"].Value);
        var candidates = new List<ResponsibleUnit>();
        if (match.Groups["shared"].Success)
        {
            // 按职责分工负责: every unit answers for its own share; nobody leads.
            if (AddNames(candidates, list, UnitRole.Shared, requireUnitEnding))
            {
                units.AddRange(candidates);
            }

            return;
        }

        // 责任单位：A、B、C — by the convention of government task lists the unit listed first leads.
        for (var i = 0; i < list.Count; i++)
        {
            if (!AddNames(candidates, [list[i]], i == 0 ? UnitRole.Lead : UnitRole.Co, requireUnitEnding))
            {
                return;
            }
        }

        units.AddRange(candidates);
    }

    private static List<string> SplitNames(string names) =>
        [.. names.Split(['、', '，', ',', '；', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.TrimEnd('等').Trim())
            .Where(name => name.Length > 0)];

    /// <summary>Adds the names; false (and nothing added) when one of them does not look like a unit.</summary>
    private static bool AddNames(List<ResponsibleUnit> units, List<string> names, UnitRole role, bool requireUnitEnding)
    {
        if (names.Count == 0 || names.Any(name => name.Length > 40 || (requireUnitEnding && !UnitNameEnding().IsMatch(name))))
        {
            return false;
        }

        units.AddRange(names.Select(name => new ResponsibleUnit(name, role)));
        return true;
    }

    /// <summary>Merges duplicates, keeping the strongest role (lead, then shared, then co).</summary>
    public static List<ResponsibleUnit> Merge(IEnumerable<ResponsibleUnit> units)
    {
        var merged = new List<ResponsibleUnit>();
        foreach (var unit in units)
        {
            var index = merged.FindIndex(existing => string.Equals(existing.Name, unit.Name, StringComparison.Ordinal));
            if (index < 0)
            {
                merged.Add(unit);
            }
            else if (Strength(unit.Role) > Strength(merged[index].Role))
            {
                merged[index] = unit;
            }
        }

        return [.. merged.OrderByDescending(unit => Strength(unit.Role))];
    }

    private static int Strength(UnitRole role) => role switch
    {
        UnitRole.Lead => 2,
        UnitRole.Shared => 1,
        _ => 0,
    };
}
