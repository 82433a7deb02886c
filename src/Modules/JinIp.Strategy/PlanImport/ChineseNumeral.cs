using System.Text;

namespace JinIp.Strategy.PlanImport;

/// <summary>Chinese numerals as used for part and item numbers: 一 … 三十四 … 一百零五 … 二百.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The characters a heading numeral may contain.</summary>
    public const string Characters = "零〇一二两三四五六七八九十百千";

    /// <summary>Reads a numeral such as 十, 三十四 or 一百零五; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> numeral, out int value)
    {
        value = 0;
        if (numeral.IsEmpty)
        {
            return false;
        }

        var total = 0;
        var pending = -1;
        foreach (var c in numeral)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                pending = digit;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return false;
            }

            // 十 alone means 一十: a unit without a preceding digit counts once.
            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }

        value = total + Math.Max(pending, 0);
        return value > 0;
    }

    /// <summary>Writes <paramref name="value"/> (1–9999) the way plans number their headings.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);

        var text = new StringBuilder();
        var units = new[] { (1000, '千'), (100, '百'), (10, '十') };
        var rest = value;
        var needZero = false;
        foreach (var (size, name) in units)
        {
            var digit = rest / size;
            rest %= size;
            if (digit == 0)
            {
                needZero = text.Length > 0;
                continue;
            }

            if (needZero)
            {
                text.Append('零');
                needZero = false;
            }

            // 十五, not 一十五, when ten is the leading unit.
            if (!(size == 10 && digit == 1 && text.Length == 0))
            {
                text.Append(Digits[digit]);
            }

            text.Append(name);
        }

        if (rest > 0)
        {
            if (needZero)
            {
                text.Append('零');
            }

            text.Append(Digits[rest]);
        }

        return text.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
