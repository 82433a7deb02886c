using System.Globalization;
using System.Text;

namespace JinIp.PatentSearch.Records;

/// <summary>
/// A CNIPA application number (申请号). Since 2003-10-01: <c>YYYY</c> + type digit + 7-digit serial + check,
/// printed <c>201710117081.7</c>; before: <c>YY</c> + type digit + 5-digit serial + check (<c>98123456.X</c>).
/// The check character is Σ(digit × weight) mod 11 with weights 2,3,4,5,6,7,8,9,2,3,4,5 (old: 2–9); 10 is X.
/// </summary>
public readonly record struct ApplicationNumber
{
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    private ApplicationNumber(string digits, char check)
    {
        Digits = digits;
        Check = check;
    }

    /// <summary>The 12 (or old 8) digits before the check character.</summary>
    public string Digits { get; }

    /// <summary>The check character, 0–9 or X.</summary>
    public char Check { get; }

    public bool IsOldFormat => Digits.Length == 8;

    /// <summary>Filing year; old numbers carry two digits (85 → 1985, 03 → 2003).</summary>
    public int Year
    {
        get
        {
            if (!IsOldFormat)
            {
                return int.Parse(Digits.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var yy = int.Parse(Digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            return yy >= 85 ? 1900 + yy : 2000 + yy;
        }
    }

    /// <summary>The type digit: 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model.</summary>
    public int TypeDigit => Digits[IsOldFormat ? 2 : 4] - '0';

    public PatentType PatentType => TypeDigit switch
    {
        1 or 8 => PatentType.Invention,
        2 or 9 => PatentType.UtilityModel,
        _ => PatentType.Design,
    };

    public bool IsPct => TypeDigit is 8 or 9;

    /// <summary>The patent number once granted (专利号): <c>ZL</c> + application number.</summary>
    public string PatentNumber => "ZL" + ToString();

    public override string ToString() => Digits + "." + Check;

    /// <summary>Computes the check character for 12 (or old 8) digits.</summary>
    public static char ComputeCheck(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (12 or 8))
        {
            throw new ArgumentException("An application number has 12 digits (8 before 2003-10-01).", nameof(digits));
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var check = sum % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    public static ApplicationNumber Parse(string text) =>
        TryParse(text, out var number, out var error)
            ? number
            : throw new FormatException($"{error.MessageEn()} / {error.MessageZh()}: '{text}'");

    public static bool TryParse(string? text, out ApplicationNumber number) => TryParse(text, out number, out _);

    /// <summary>
    /// Accepts <c>CN</c>/<c>ZL</c> prefixes, spaces, full-width digits and a missing dot; the check character
    /// is required and must be right.
    /// </summary>
    public static bool TryParse(string? text, out ApplicationNumber number, out ApplicationNumberError error)
    {
        number = default;
        var compact = Compact(text);
        if (compact.Length == 0)
        {
            error = ApplicationNumberError.Empty;
            return false;
        }

        if (compact.Length is 12 or 8 && IsAllDigits(compact))
        {
            error = ApplicationNumberError.MissingCheck;
            return false;
        }

        if (compact.Length is not (13 or 9))
        {
            error = ApplicationNumberError.WrongLength;
            return false;
        }

        var digits = compact[..^1];
        var check = compact[^1];
        if (!IsAllDigits(digits) || !(char.IsAsciiDigit(check) || check == 'X'))
        {
            error = ApplicationNumberError.NotDigits;
            return false;
        }

        var typeDigit = digits[digits.Length == 12 ? 4 : 2];
        if (typeDigit is not ('1' or '2' or '3' or '8' or '9'))
        {
            error = ApplicationNumberError.UnknownType;
            return false;
        }

        if (ComputeCheck(digits) != check)
        {
            error = ApplicationNumberError.WrongCheck;
            return false;
        }

        number = new ApplicationNumber(digits, check);
        error = ApplicationNumberError.None;
        return true;
    }

    /// <summary>
    /// Strips prefixes, spaces and the dot and upper-cases: what searchers type when they know only part of a
    /// number. Returns the empty string for null.
    /// </summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Full-width digits and letters come from Chinese input methods.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || c is '.' or '。' or '-')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        var s = builder.ToString();
        if (s.StartsWith("ZL", StringComparison.Ordinal) || s.StartsWith("CN", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

public enum ApplicationNumberError
{
    None,
    Empty,
    WrongLength,
    NotDigits,
    MissingCheck,
    UnknownType,
    WrongCheck,
}

public static class ApplicationNumberErrors
{
    public static string MessageEn(this ApplicationNumberError error) => error switch
    {
        ApplicationNumberError.None => "valid",
        ApplicationNumberError.Empty => "application number is empty",
        ApplicationNumberError.WrongLength => "application number must have 12 digits and a check character (8 before 2003-10-01)",
        ApplicationNumberError.NotDigits => "application number may contain only digits and a check character 0-9 or X",
        ApplicationNumberError.MissingCheck => "application number lacks its check character",
        ApplicationNumberError.UnknownType => "application number type digit must be 1, 2, 3, 8 or 9",
        ApplicationNumberError.WrongCheck => "application number check character does not match",
        _ => throw new ArgumentOutOfRangeException(nameof(error)),
    };

    public static string MessageZh(this ApplicationNumberError error) => error switch
    {
        ApplicationNumberError.None => "有效",
        ApplicationNumberError.Empty => "申请号为空",
        ApplicationNumberError.WrongLength => "申请号应为12位数字加校验位（2003年10月1日前为8位）",
        ApplicationNumberError.NotDigits => "申请号只能包含数字及校验位0-9或X",
        ApplicationNumberError.MissingCheck => "申请号缺少校验位",
        ApplicationNumberError.UnknownType => "申请号的专利类型位应为1、2、3、8或9",
        ApplicationNumberError.WrongCheck => "申请号校验位不正确",
        _ => throw new ArgumentOutOfRangeException(nameof(error)),
    };
}
