using System.Text.RegularExpressions;

namespace JinIp.Protection.TypicalCases;

/// <summary>
/// Masks personal data in text published as a typical case: the names of natural persons become surname + 某
/// (张三 → 张某, 欧阳明 → 欧阳某), resident ID numbers keep the first 6 and last 4 characters, mobile phones the first 3
/// and last 4 digits, fixed lines the area code only. Companies' names are not personal data and stay.
/// </summary>
public static partial class PersonalDataMasker
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里",
    ];

    /// <summary>The masked form of a natural person's name.</summary>
    public static string MaskName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return "某";
        }

        var surname = CompoundSurnames.FirstOrDefault(s => trimmed.StartsWith(s, StringComparison.Ordinal) && trimmed.Length > s.Length) ?? trimmed[..1];
        return surname + "某";
    }

    /// <summary>Masks <paramref name="personNames"/> (longest first, so 张三丰 is not cut as 张三) and every ID number and phone in <paramref name="text"/>.</summary>
    public static string Mask(string text, IEnumerable<string> personNames)
    {
        var result = IdNumber().Replace(text, m => m.Value[..6] + new string('*', 8) + m.Value[^4..]);
        result = Mobile().Replace(result, m => m.Value[..3] + "****" + m.Value[^4..]);
        result = Landline().Replace(result, m => m.Groups["area"].Value + "-********");
        foreach (var name in personNames.Select(n => n.Trim()).Where(n => n.Length >= 2).Distinct().OrderByDescending(n => n.Length))
        {
            result = result.Replace(name, MaskName(name), StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)(?<area>0\d{2,3})-?\d{7,8}(?!\d)")]
    private static partial Regex Landline();
}
