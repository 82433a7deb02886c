using System.Globalization;
using System.Text;

namespace JinIp.Protection.Cases;

/// <summary>Normalizes names and right numbers so that duplicates and repeat infringers are found despite typing differences.</summary>
public static class Matching
{
    private static readonly string[] LegalFormSuffixes =
    [
        "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "商行", "经营部", "店",
        "coltd", "limited", "ltd", "inc",
    ];

    /// <summary>
    /// The infringer's name for matching: full-width folded to half-width, lower case, without spaces and
    /// punctuation, the province/city prefix 天津市/天津 and a trailing legal form dropped
    /// (天津市某某贸易有限公司 and 某某贸易公司 match).
    /// </summary>
    public static string InfringerKey(string name)
    {
        var text = Fold(name);
        foreach (var prefix in new[] { "天津市", "天津" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length + 1)
            {
                text = text[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in LegalFormSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length + 1)
            {
                text = text[..^suffix.Length];
                break;
            }
        }

        return text.Length > 200 ? text[..200] : text;
    }

    /// <summary>A right number for matching: ZL/CN prefixes, dots, spaces and dashes removed, upper case (ZL 2020 1 0123456.7 → 2020101234567).</summary>
    public static string? RightNumberKey(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var text = Fold(number).ToUpperInvariant();
        if (text.StartsWith("ZL", StringComparison.Ordinal) || text.StartsWith("CN", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length == 0 ? null : text.Length > 64 ? text[..64] : text;
    }

    private static string Fold(string value)
    {
        var normalized = value.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
