using System.Collections.Concurrent;
using System.Text;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// The one normalization applied to indexed text, to queries and to the brute-force reference scan, so that
/// "contains" means the same on every side: NFKC per code point (full-width → half-width, ① → 1, ㎡ → m2),
/// invariant lower case, every run of whitespace and control characters → one space, trimmed at both ends.
/// </summary>
/// <remarks>
/// NFKC is applied code point by code point rather than to the whole string so that every normalized character
/// maps back to exactly one source code point: highlighting needs the source offsets, and the tokenizer can emit
/// them without a second pass. The difference from whole-string NFKC is only in combining sequences (e + ◌́),
/// which Chinese patent text does not use; both sides get the same treatment, so recall is unaffected.
/// </remarks>
public static class TextNormalizer
{
    private static readonly ConcurrentDictionary<int, string> Cache = new();

    /// <summary>Normalizes for comparison; the result is what the index sees.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var buffer = new NormalizedText();
        buffer.Load(text);
        return new string(buffer.Chars, 0, buffer.Length);
    }

    /// <summary>Appends the normalized form of one code point; whitespace returns " ".</summary>
    internal static ReadOnlySpan<char> Map(int codePoint, Span<char> scratch)
    {
        // Fast paths cover nearly all patent text: ASCII, CJK ideographs (which NFKC leaves alone; the
        // compatibility ideographs U+F900–FAFF are outside this range) and full-width ASCII.
        if (codePoint < 0x80)
        {
            if (codePoint <= 0x20 || codePoint == 0x7F)
            {
                scratch[0] = ' ';
            }
            else
            {
                scratch[0] = codePoint is >= 'A' and <= 'Z' ? (char)(codePoint + 32) : (char)codePoint;
            }

            return scratch[..1];
        }

        if (codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF)
        {
            scratch[0] = (char)codePoint;
            return scratch[..1];
        }

        if (codePoint is >= 0xFF01 and <= 0xFF5E)
        {
            var ascii = codePoint - 0xFEE0;
            scratch[0] = ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : (char)ascii;
            return scratch[..1];
        }

        return Cache.GetOrAdd(codePoint, static cp => Slow(cp));
    }

    private static string Slow(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return "\uFFFD";
        }

        var s = char.ConvertFromUtf32(codePoint);
        if (s.Length == 1 && (char.IsWhiteSpace(s[0]) || char.IsControl(s[0])))
        {
            return " ";
        }

        try
        {
            s = s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unassigned code points cannot be normalized; they are kept as they are on both sides.
        }

        var lower = s.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            builder.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}

/// <summary>
/// A reusable buffer holding normalized text and, for each normalized character, the source offset of the code
/// point it came from. The tokenizer keeps one per thread, so indexing allocates nothing per document here.
/// </summary>
internal sealed class NormalizedText
{
    public char[] Chars { get; private set; } = new char[1024];

    /// <summary>Source start offset of the code point that produced each normalized character.</summary>
    public int[] SourceStart { get; private set; } = new int[1024];

    /// <summary>Source end offset (exclusive) of the code point that produced each normalized character.</summary>
    public int[] SourceEnd { get; private set; } = new int[1024];

    public int Length { get; private set; }

    public void Load(ReadOnlySpan<char> source)
    {
        Length = 0;
        Span<char> scratch = stackalloc char[2];
        var i = 0;
        while (i < source.Length)
        {
            int codePoint;
            int width;
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, source[i + 1]);
                width = 2;
            }
            else
            {
                codePoint = c;
                width = 1;
            }

            var mapped = TextNormalizer.Map(codePoint, scratch);
            foreach (var m in mapped)
            {
                if (m == ' ' && (Length == 0 || Chars[Length - 1] == ' '))
                {
                    continue;
                }

                Append(m, i, i + width);
            }

            i += width;
        }

        if (Length > 0 && Chars[Length - 1] == ' ')
        {
            Length--;
        }
    }

    private void Append(char c, int start, int end)
    {
        if (Length == Chars.Length)
        {
            var size = Chars.Length * 2;
            Chars = Grow(Chars, size);
            SourceStart = Grow(SourceStart, size);
            SourceEnd = Grow(SourceEnd, size);
        }

        Chars[Length] = c;
        SourceStart[Length] = start;
        SourceEnd[Length] = end;
        Length++;
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        var grown = new T[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
