using System.Globalization;
using System.Text.RegularExpressions;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Registries.Validation;

namespace JinIp.Registries.Catalog;

/// <summary>
/// Parsing of one cell (from Excel, a form or JSON, always as text) into a value, with messages in
/// Chinese and English that name the column. The same rules serve import, editing and the API.
/// </summary>
internal static partial class Cells
{
    public static FieldError Error(ColumnText column, string zh, string en) =>
        new(column.Key, $"“{column.Zh}”{zh}", $"'{column.En}' {en}");

    public static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static FieldError? Text(ColumnText column, string? text, bool required, int maxLength, out string? value)
    {
        value = Clean(text);
        if (value is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        return value.Length > maxLength
            ? Error(column, $"最多 {maxLength} 个字符（现有 {value.Length} 个）。", $"may have at most {maxLength} characters (has {value.Length}).")
            : null;
    }

    /// <summary>yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, or an Excel date serial number.</summary>
    public static FieldError? Date(ColumnText column, string? text, bool required, out DateOnly? value)
    {
        value = null;
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        var match = DatePattern().Match(cleaned);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                value = new DateOnly(year, month, day);
                return null;
            }
        }
        else if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 109575 && serial == Math.Floor(serial))
        {
            // Excel keeps dates as days since 1899-12-30 when the cell has no date format.
            value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return null;
        }

        return Error(column, $"不是有效日期：{cleaned}（格式如 2021-03-01）。", $"is not a valid date: {cleaned} (use e.g. 2021-03-01).");
    }

    public static FieldError? Year(ColumnText column, string? text, bool required, int latest, out int? value)
    {
        value = null;
        var cleaned = Clean(text)?.TrimEnd('年');
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 600 && year <= latest)
        {
            value = year;
            return null;
        }

        return Error(column, $"须为 600 至 {latest} 之间的年份：{cleaned}。", $"must be a year between 600 and {latest}: {cleaned}.");
    }

    /// <summary>One of a fixed set of values, given by its Chinese or English label or its code.</summary>
    public static FieldError? Choice<TEnum>(ColumnText column, string? text, bool required, IReadOnlyList<ChoiceLabel<TEnum>> choices, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        foreach (var choice in choices)
        {
            if (string.Equals(cleaned, choice.Zh, StringComparison.Ordinal)
                || string.Equals(cleaned, choice.En, StringComparison.OrdinalIgnoreCase)
                || string.Equals(cleaned, choice.Value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = choice.Value;
                return null;
            }
        }

        return Error(
            column,
            $"须为以下之一：{string.Join("、", choices.Select(c => c.Zh))}（现为“{cleaned}”）。",
            $"must be one of: {string.Join(", ", choices.Select(c => c.En))} (is '{cleaned}').");
    }

    /// <summary>Nice classes 1–45, written "9；35", "9,35", "第9类、第35类"; stored sorted as "9,35".</summary>
    public static FieldError? NiceClasses(ColumnText column, string? text, bool required, out string? value)
    {
        value = null;
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        var classes = new SortedSet<int>();
        foreach (var part in ClassSeparators().Split(cleaned.Replace("第", "", StringComparison.Ordinal).Replace("类", "", StringComparison.Ordinal)))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 45)
            {
                return Error(column, $"须为 1 至 45 之间的尼斯分类号：{part}。", $"must hold Nice classes between 1 and 45: {part}.");
            }

            classes.Add(number);
        }

        if (classes.Count == 0)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        value = string.Join(",", classes.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        return null;
    }

    public static FieldError? CreditCode(ColumnText column, string? text, bool required, out string? value)
    {
        value = null;
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        value = UnifiedSocialCreditCode.Normalize(cleaned);
        return value is null
            ? Error(column, $"不是有效的统一社会信用代码（GB 32100-2015，18 位，末位为校验码）：{cleaned}。", $"is not a valid unified social credit code (GB 32100-2015: 18 characters, the last a check character): {cleaned}.")
            : null;
    }

    /// <summary>A Tianjin district by name (滨海新区, 和平区 or 和平) or code (120116); stored as its code.</summary>
    public static FieldError? District(ColumnText column, string? text, bool required, out string? code)
    {
        code = null;
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return required ? Error(column, "为必填项。", "is required.") : null;
        }

        var match = TianjinDistricts.All.FirstOrDefault(d =>
            d.Code == cleaned || d.Name == cleaned || d.Name == cleaned + "区" || d.Name == "天津市" + cleaned || "天津市" + d.Name == cleaned);
        if (match.Code is null)
        {
            return Error(column, $"不是天津市的区：{cleaned}。", $"is not a district of Tianjin: {cleaned}.");
        }

        code = match.Code;
        return null;
    }

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]00:00(?::00)?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[\s,，;；、/]+")]
    private static partial Regex ClassSeparators();
}

/// <summary>A column's key and its header in both languages, for messages.</summary>
internal sealed record ColumnText(string Key, string Zh, string En);

public sealed record ChoiceLabel<TEnum>(TEnum Value, string Zh, string En)
    where TEnum : struct, Enum;
