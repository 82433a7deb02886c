using System.Buffers.Binary;
using System.Text;

namespace JinIp.Creation.Certificates;

/// <summary>
/// A CID-keyed OpenType/CFF font (Noto Serif/Sans CJK), read from an .otf or one face of a .ttc
/// collection. PDFsharp 6.2 only embeds TrueType outlines (it writes CFF data as FontFile2, which
/// readers reject), so the certificate embeds the CFF table itself as FontFile3/CIDFontType0C and
/// this class supplies what that needs: the character map, advance widths and the GID→CID charset.
/// </summary>
internal sealed class CjkFont
{
    private readonly Dictionary<int, ushort> _cmap;
    private readonly ushort[] _advances;
    private readonly ushort[] _cidOfGlyph;

    private CjkFont(string postScriptName, byte[] cff, Dictionary<int, ushort> cmap, ushort[] advances, ushort[] cidOfGlyph, int unitsPerEm, short ascender, short descender, short[] bbox)
    {
        PostScriptName = postScriptName;
        Cff = cff;
        _cmap = cmap;
        _advances = advances;
        _cidOfGlyph = cidOfGlyph;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        BoundingBox = bbox;
    }

    public string PostScriptName { get; }

    /// <summary>The raw 'CFF ' table: a CID-keyed CFF font program.</summary>
    public byte[] Cff { get; }

    public int UnitsPerEm { get; }

    public short Ascender { get; }

    public short Descender { get; }

    public short[] BoundingBox { get; }

    /// <summary>Loads the face whose PostScript name contains <paramref name="preferredFace"/> (Simplified Chinese by default, e.g. NotoSerifCJKsc-Regular), or the first.</summary>
    public static CjkFont Load(string path, string preferredFace = "CJKsc")
    {
        var data = File.ReadAllBytes(path);
        var offsets = new List<int>();
        if (data.AsSpan(0, 4).SequenceEqual("ttcf"u8))
        {
            var count = (int)U32(data, 8);
            for (var i = 0; i < count; i++)
            {
                offsets.Add((int)U32(data, 12 + (4 * i)));
            }
        }
        else
        {
            offsets.Add(0);
        }

        var faces = offsets.Select(o => (Offset: o, Name: PostScriptNameAt(data, o))).ToList();
        var chosen = faces.FirstOrDefault(f => f.Name.Contains(preferredFace, StringComparison.OrdinalIgnoreCase) && !f.Name.Contains("Mono", StringComparison.Ordinal));
        if (chosen.Name is null)
        {
            chosen = faces[0];
        }

        var tables = Tables(data, chosen.Offset);
        if (!tables.TryGetValue("CFF ", out var cffTable))
        {
            throw new InvalidDataException($"{path}: the font has no CFF outlines (expected an OpenType/CFF CJK font such as Noto Serif CJK).");
        }

        var cff = data.AsSpan(cffTable.Offset, cffTable.Length).ToArray();
        var head = tables["head"].Offset;
        var unitsPerEm = U16(data, head + 18);
        short[] bbox = [S16(data, head + 36), S16(data, head + 38), S16(data, head + 40), S16(data, head + 42)];
        var hhea = tables["hhea"].Offset;
        var glyphCount = U16(data, tables["maxp"].Offset + 4);
        var metrics = U16(data, hhea + 34);
        var hmtx = tables["hmtx"].Offset;
        var advances = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            advances[g] = U16(data, hmtx + (4 * Math.Min(g, metrics - 1)));
        }

        return new CjkFont(chosen.Name, cff, ReadCmap(data, tables["cmap"].Offset), advances, ReadCharset(cff, glyphCount), unitsPerEm, S16(data, hhea + 4), S16(data, hhea + 6), bbox);
    }

    /// <summary>The CID that draws <paramref name="codePoint"/> (0, the missing glyph, if the font has none).</summary>
    public ushort CidOf(int codePoint) => _cmap.TryGetValue(codePoint, out var glyph) && glyph < _cidOfGlyph.Length ? _cidOfGlyph[glyph] : (ushort)0;

    /// <summary>Advance width of a character in PDF text space units (1/1000 em).</summary>
    public int WidthOf(int codePoint)
    {
        var glyph = _cmap.GetValueOrDefault(codePoint);
        return glyph < _advances.Length ? _advances[glyph] * 1000 / UnitsPerEm : 1000;
    }

    public double MeasureWidth(string text, double size) => CodePoints(text).Sum(c => WidthOf(c)) * size / 1000.0;

    public bool HasGlyph(int codePoint) => _cmap.ContainsKey(codePoint);

    /// <summary>The glyph id of a character (0 if the font has none).</summary>
    public int GlyphOf(int codePoint) => _cmap.GetValueOrDefault(codePoint);

    /// <summary>The CFF program with only the glyphs of <paramref name="codePoints"/> (glyph ids unchanged).</summary>
    public byte[] SubsetCff(IEnumerable<int> codePoints) => CffSubset.Build(Cff, codePoints.Select(GlyphOf).ToHashSet());

    public static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ConvertToUtf32(text, i);
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }

            yield return c;
        }
    }

    /// <summary>The hex string of CIDs (Identity-H) that draws <paramref name="text"/>.</summary>
    public string Encode(string text)
    {
        var builder = new StringBuilder(text.Length * 4);
        foreach (var c in CodePoints(text))
        {
            builder.Append(CidOf(c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string PostScriptNameAt(byte[] data, int offset)
    {
        var tables = Tables(data, offset);
        if (!tables.TryGetValue("name", out var name))
        {
            return "";
        }

        var count = U16(data, name.Offset + 2);
        var strings = name.Offset + U16(data, name.Offset + 4);
        for (var i = 0; i < count; i++)
        {
            var record = name.Offset + 6 + (12 * i);
            var platform = U16(data, record);
            var nameId = U16(data, record + 6);
            if (nameId != 6)
            {
                continue;
            }

            var length = U16(data, record + 8);
            var start = strings + U16(data, record + 10);
            return platform == 1 ? Encoding.ASCII.GetString(data, start, length) : Encoding.BigEndianUnicode.GetString(data, start, length);
        }

        return "";
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] data, int offset)
    {
        var count = U16(data, offset + 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = offset + 12 + (16 * i);
            tables[Encoding.ASCII.GetString(data, record, 4)] = ((int)U32(data, record + 8), (int)U32(data, record + 12));
        }

        return tables;
    }

    private static Dictionary<int, ushort> ReadCmap(byte[] data, int cmap)
    {
        var count = U16(data, cmap + 2);
        int? format4 = null;
        int? format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (8 * i);
            var platform = U16(data, record);
            var encoding = U16(data, record + 2);
            var sub = cmap + (int)U32(data, record + 4);
            var format = U16(data, sub);
            if (platform == 3 && encoding == 10 && format == 12)
            {
                format12 = sub;
            }
            else if (platform == 3 && encoding == 1 && format == 4)
            {
                format4 = sub;
            }
        }

        var map = new Dictionary<int, ushort>();
        if (format12 is { } f12)
        {
            var groups = (int)U32(data, f12 + 12);
            for (var g = 0; g < groups; g++)
            {
                var group = f12 + 16 + (12 * g);
                var start = (int)U32(data, group);
                var end = (int)U32(data, group + 4);
                var glyph = (int)U32(data, group + 8);
                for (var c = start; c <= end; c++)
                {
                    map[c] = (ushort)(glyph + c - start);
                }
            }

            return map;
        }

        var f4 = format4 ?? throw new InvalidDataException("The font has no Unicode character map.");
        var segments = U16(data, f4 + 6) / 2;
        var ends = f4 + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = U16(data, ends + (2 * s)), start = U16(data, starts + (2 * s));
            var delta = S16(data, deltas + (2 * s));
            var rangeOffset = U16(data, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = U16(data, at);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }

        return map;
    }

    /// <summary>Reads the CFF charset (GID → CID for a CID-keyed font); identity when the font has none.</summary>
    private static ushort[] ReadCharset(byte[] cff, int glyphCount)
    {
        var cids = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            cids[g] = (ushort)g;
        }

        int position = cff[2]; // header size
        position = SkipIndex(cff, position); // Name INDEX
        var (topStart, topEnd) = FirstIndexEntry(cff, position);
        var charsetOffset = DictOperand(cff, topStart, topEnd, 15);
        if (charsetOffset is null or <= 2)
        {
            return cids;
        }

        var at = charsetOffset.Value;
        var format = cff[at++];
        var glyph = 1;
        if (format == 0)
        {
            for (; glyph < glyphCount; glyph++, at += 2)
            {
                cids[glyph] = (ushort)((cff[at] << 8) | cff[at + 1]);
            }
        }
        else
        {
            while (glyph < glyphCount)
            {
                var first = (cff[at] << 8) | cff[at + 1];
                var left = format == 1 ? cff[at + 2] : (cff[at + 2] << 8) | cff[at + 3];
                at += format == 1 ? 3 : 4;
                for (var i = 0; i <= left && glyph < glyphCount; i++)
                {
                    cids[glyph++] = (ushort)(first + i);
                }
            }
        }

        return cids;
    }

    private static int SkipIndex(byte[] cff, int position)
    {
        var count = (cff[position] << 8) | cff[position + 1];
        if (count == 0)
        {
            return position + 2;
        }

        var offSize = cff[position + 2];
        var last = ReadOffset(cff, position + 3 + (count * offSize), offSize);
        return position + 3 + ((count + 1) * offSize) + last - 1;
    }

    private static (int Start, int End) FirstIndexEntry(byte[] cff, int position)
    {
        var count = (cff[position] << 8) | cff[position + 1];
        var offSize = cff[position + 2];
        var data = position + 3 + ((count + 1) * offSize) - 1;
        return (data + ReadOffset(cff, position + 3, offSize), data + ReadOffset(cff, position + 3 + offSize, offSize));
    }

    private static int ReadOffset(byte[] cff, int at, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | cff[at + i];
        }

        return value;
    }

    /// <summary>The last integer operand before <paramref name="op"/> in a DICT, or null.</summary>
    private static int? DictOperand(byte[] cff, int start, int end, int op)
    {
        var operands = new List<int>();
        var at = start;
        while (at < end)
        {
            int b = cff[at];
            if (b <= 21)
            {
                var key = b == 12 ? 1200 + cff[++at] : b;
                at++;
                if (key == op)
                {
                    return operands.Count > 0 ? operands[^1] : null;
                }

                operands.Clear();
            }
            else if (b == 28)
            {
                operands.Add((short)((cff[at + 1] << 8) | cff[at + 2]));
                at += 3;
            }
            else if (b == 29)
            {
                operands.Add((int)U32(cff, at + 1));
                at += 5;
            }
            else if (b == 30)
            {
                at++;
                while (at < end && (cff[at] & 0x0F) != 0x0F && (cff[at] & 0xF0) != 0xF0)
                {
                    at++;
                }

                at++;
                operands.Add(0);
            }
            else if (b <= 246)
            {
                operands.Add(b - 139);
                at++;
            }
            else if (b <= 250)
            {
                operands.Add(((b - 247) * 256) + cff[at + 1] + 108);
                at += 2;
            }
            else
            {
                operands.Add((-(b - 251) * 256) - cff[at + 1] - 108);
                at += 2;
            }
        }

        return null;
    }

    private static ushort U16(byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private static short S16(byte[] data, int at) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at));

    private static uint U32(byte[] data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
}
