using System.Text;

namespace JinIp.PatentSearch.Records;

/// <summary>
/// A publication number (公开/公告号) such as <c>CN113914863A</c>: country, serial, kind code.
/// Chinese kind codes: A invention publication, B invention grant, C invention grant before 2007-07,
/// U utility model (Y before 2007-07), S design (D before 2007-07).
/// </summary>
public readonly record struct PublicationNumber
{
    private PublicationNumber(string country, string serial, string kind)
    {
        Country = country;
        Serial = serial;
        Kind = kind;
    }

    public string Country { get; }

    public string Serial { get; }

    /// <summary>Kind code letter, optionally followed by a digit (A1, B2) for foreign documents; empty when not given.</summary>
    public string Kind { get; }

    /// <summary>The number without its kind code; the same document family member under A and B shares it.</summary>
    public string WithoutKind => Country + Serial;

    /// <summary>The patent type the Chinese kind code implies, or null for other offices or no kind.</summary>
    public PatentType? ImpliedType => Country != "CN" || Kind.Length == 0
        ? null
        : Kind[0] switch
        {
            'A' or 'B' or 'C' => PatentType.Invention,
            'U' or 'Y' => PatentType.UtilityModel,
            'S' or 'D' => PatentType.Design,
            _ => null,
        };

    /// <summary>True for a grant publication (B, C, U, Y, S, D), false for an invention application publication (A).</summary>
    public bool IsGrant => Country == "CN" && Kind.Length > 0 && Kind[0] is 'B' or 'C' or 'U' or 'Y' or 'S' or 'D';

    public override string ToString() => Country + Serial + Kind;

    public static PublicationNumber Parse(string text) =>
        TryParse(text, out var number)
            ? number
            : throw new FormatException($"not a publication number / 公开号格式不正确: '{text}'");

    /// <summary>Accepts spaces, a missing country (CN assumed) and a missing kind code.</summary>
    public static bool TryParse(string? text, out PublicationNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c) && c != '.')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        var s = builder.ToString();
        var i = 0;
        while (i < s.Length && char.IsAsciiLetterUpper(s[i]))
        {
            i++;
        }

        var country = i == 0 ? "CN" : s[..i];
        if (country.Length != 2)
        {
            return false;
        }

        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        // CN serials have 7–9 digits (CN1234567A up to CN113914863A); other offices are kept as given.
        if (i - start < 5)
        {
            return false;
        }

        var serial = s[start..i];
        var kind = s[i..];
        if (kind.Length > 2 || (kind.Length > 0 && !char.IsAsciiLetterUpper(kind[0])) || (kind.Length == 2 && !char.IsAsciiDigit(kind[1])))
        {
            return false;
        }

        number = new PublicationNumber(country, serial, kind);
        return true;
    }
}
