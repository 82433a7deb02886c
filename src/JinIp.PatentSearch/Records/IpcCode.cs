using System.Globalization;

namespace JinIp.PatentSearch.Records;

/// <summary>The depth of an IPC code.</summary>
public enum IpcLevel
{
    Section = 1,
    Class = 2,
    Subclass = 3,
    MainGroup = 4,
    Subgroup = 5,
}

/// <summary>
/// An International Patent Classification symbol, normalized without spaces: <c>H01M10/0525</c>. Section A–H,
/// class 2 digits, subclass letter, main group 1–4 digits, subgroup 2–6 digits. Partial codes (a subclass such
/// as <c>H01M</c>) are valid: data sources often give only the subclass.
/// </summary>
public readonly record struct IpcCode : IComparable<IpcCode>
{
    private IpcCode(string code, IpcLevel level)
    {
        Code = code;
        Level = level;
    }

    /// <summary>The normalized symbol: <c>H</c>, <c>H01</c>, <c>H01M</c>, <c>H01M10/00</c>, <c>H01M10/0525</c>.</summary>
    public string Code { get; }

    public IpcLevel Level { get; }

    public string Section => Code[..1];

    public string? Class => Level >= IpcLevel.Class ? Code[..3] : null;

    public string? Subclass => Level >= IpcLevel.Subclass ? Code[..4] : null;

    /// <summary>The main group as <c>H01M10/00</c>.</summary>
    public string? MainGroup => Level >= IpcLevel.MainGroup ? Code[..(Code.IndexOf('/', StringComparison.Ordinal) + 1)] + "00" : null;

    /// <summary>The code at the given level, or null when this code is shallower.</summary>
    public string? AtLevel(IpcLevel level) => level switch
    {
        IpcLevel.Section => Section,
        IpcLevel.Class => Class,
        IpcLevel.Subclass => Subclass,
        IpcLevel.MainGroup => MainGroup,
        IpcLevel.Subgroup => Level == IpcLevel.Subgroup ? Code : null,
        _ => null,
    };

    /// <summary>The printed form with a space after the subclass: <c>H01M 10/0525</c>.</summary>
    public string Display => Level >= IpcLevel.MainGroup ? Code[..4] + " " + Code[4..] : Code;

    public override string ToString() => Code;

    public int CompareTo(IpcCode other) => string.CompareOrdinal(Code, other.Code);

    public static bool operator <(IpcCode left, IpcCode right) => left.CompareTo(right) < 0;

    public static bool operator <=(IpcCode left, IpcCode right) => left.CompareTo(right) <= 0;

    public static bool operator >(IpcCode left, IpcCode right) => left.CompareTo(right) > 0;

    public static bool operator >=(IpcCode left, IpcCode right) => left.CompareTo(right) >= 0;

    public static IpcCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"not an IPC code / 分类号格式不正确: '{text}'");

    /// <summary>
    /// Accepts spaces, lower case, full-width characters, zero-padded groups (<c>H01M 0010/0525</c>) and the
    /// WIPO 14-character form without a slash (<c>H01M0010052500</c>).
    /// </summary>
    public static bool TryParse(string? text, out IpcCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new char[text.Length];
        var n = 0;
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        ReadOnlySpan<char> s = buffer.AsSpan(0, n);
        if (s.Length == 0 || s[0] is < 'A' or > 'H')
        {
            return false;
        }

        if (s.Length == 1)
        {
            code = new IpcCode(s.ToString(), IpcLevel.Section);
            return true;
        }

        if (s.Length < 3 || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]))
        {
            return false;
        }

        if (s.Length == 3)
        {
            code = new IpcCode(s.ToString(), IpcLevel.Class);
            return true;
        }

        if (!char.IsAsciiLetterUpper(s[3]))
        {
            return false;
        }

        if (s.Length == 4)
        {
            code = new IpcCode(s.ToString(), IpcLevel.Subclass);
            return true;
        }

        var rest = s[4..];
        var slash = rest.IndexOf('/');
        ReadOnlySpan<char> group;
        ReadOnlySpan<char> sub;
        if (slash >= 0)
        {
            group = rest[..slash];
            sub = rest[(slash + 1)..];
        }
        else if (rest.Length == 10 && IsDigits(rest))
        {
            // WIPO fixed form: 4-digit main group, 6-digit subgroup padded with zeros on the right.
            group = rest[..4];
            sub = rest[4..].TrimEnd('0');
            if (sub.Length < 2)
            {
                sub = rest.Slice(4, 2);
            }
        }
        else
        {
            return false;
        }

        if (group.Length is < 1 or > 4 || sub.Length is < 2 or > 6 || !IsDigits(group) || !IsDigits(sub))
        {
            return false;
        }

        var mainGroup = int.Parse(group, NumberStyles.None, CultureInfo.InvariantCulture);
        if (mainGroup == 0)
        {
            return false;
        }

        var normalized = string.Concat(s[..4], mainGroup.ToString(CultureInfo.InvariantCulture), "/", sub);
        code = new IpcCode(normalized, sub is "00" ? IpcLevel.MainGroup : IpcLevel.Subgroup);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
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
