namespace JinIp.Strategy.PlanImport;

/// <summary>
/// Checks part and item numbering for gaps and duplicates. Items may run on across parts (一 … 三十四 in
/// the 2021 plan) or restart in each part; the check accepts either and warns about anything else.
/// </summary>
internal static class NumberingCheck
{
    public static void Check(List<PlanPart> parts, List<PlanWarning> warnings)
    {
        CheckSequence(
            parts.Where(part => part.Number is not null).Select(part => (part.Number!.Value, part.Numeral, part.Line)).ToList(),
            "部分",
            "part",
            warnings);

        var restarts = parts.Skip(1).Any(part => part.Items.Count > 0 && part.Items[0].Number == 1);
        if (restarts)
        {
            foreach (var part in parts)
            {
                CheckSequence(part.Items.Select(item => (item.Number, item.Numeral, item.Line)).ToList(), "项", "item", warnings);
            }
        }
        else
        {
            CheckSequence(parts.SelectMany(part => part.Items).Select(item => (item.Number, item.Numeral, item.Line)).ToList(), "项", "item", warnings);
        }
    }

    private static void CheckSequence(List<(int Number, string Numeral, int Line)> headings, string nameZh, string nameEn, List<PlanWarning> warnings)
    {
        var seen = new HashSet<int>();
        var expected = 1;
        foreach (var (number, numeral, line) in headings)
        {
            if (!seen.Add(number))
            {
                warnings.Add(new PlanWarning(
                    "duplicate-number",
                    $"编号重复：第{numeral}{nameZh}出现了不止一次。",
                    $"Duplicate number: {nameEn} {number} appears more than once.",
                    line));
            }
            else if (number != expected)
            {
                warnings.Add(new PlanWarning(
                    "numbering-gap",
                    $"编号不连续：应为第{ChineseNumeral.Format(expected)}{nameZh}，实际为第{numeral}{nameZh}。",
                    $"Numbering gap: expected {nameEn} {expected}, found {number}.",
                    line));
            }

            expected = Math.Max(expected, number + 1);
        }
    }
}
