using System.Buffers.Binary;

namespace JinIp.Creation.Certificates;

/// <summary>
/// Shrinks a CID-keyed CFF font program to the glyphs a document uses, keeping every glyph id in place:
/// the charstrings of unused glyphs become a bare <c>endchar</c>. Noto CJK's 65,535 charstrings are
/// ~22 MB; a certificate needs a few hundred, so the embedded program drops to the subroutines plus those.
/// </summary>
internal static class CffSubset
{
    private const byte EndChar = 0x0E;
    private const int OpCharset = 15;
    private const int OpCharStrings = 17;
    private const int OpPrivate = 18;
    private const int OpSubrs = 19;
    private const int OpFdArray = 1236;
    private const int OpFdSelect = 1237;

    public static byte[] Build(byte[] cff, IReadOnlySet<int> keepGlyphs)
    {
        int headerSize = cff[2];
        var nameEnd = IndexEnd(cff, headerSize);
        var topIndex = Entries(cff, nameEnd);
        var stringsStart = IndexEnd(cff, nameEnd);
        var globalSubrsEnd = IndexEnd(cff, IndexEnd(cff, stringsStart));
        var top = Tokens(cff, topIndex[0].Start, topIndex[0].End);
        int Operand(int op) => (int)(top.SingleOrDefault(t => t.Op == op)?.Operands.LastOrDefault() ?? throw new InvalidDataException($"The CFF font is not CID-keyed (no operator {op})."));

        var charStrings = Entries(cff, Operand(OpCharStrings));
        var glyphCount = charStrings.Count;
        var charsetStart = Operand(OpCharset);
        var charsetBytes = cff.AsSpan(charsetStart, CharsetLength(cff, charsetStart, glyphCount)).ToArray();
        var fdSelectStart = Operand(OpFdSelect);
        var fdSelectBytes = cff.AsSpan(fdSelectStart, FdSelectLength(cff, fdSelectStart, glyphCount)).ToArray();

        // Font DICTs with their Private DICT and local subroutines (placed right after each Private DICT).
        var fonts = new List<(List<Token> Dict, List<Token> Private, byte[] Subrs)>();
        foreach (var (start, end) in Entries(cff, Operand(OpFdArray)))
        {
            var dict = Tokens(cff, start, end);
            var privateOperands = dict.Single(t => t.Op == OpPrivate).Operands;
            int privateSize = (int)privateOperands[0], privateOffset = (int)privateOperands[1];
            var privateDict = Tokens(cff, privateOffset, privateOffset + privateSize);
            var subrs = privateDict.SingleOrDefault(t => t.Op == OpSubrs) is { } s
                ? cff.AsSpan(privateOffset + (int)s.Operands[0], IndexEnd(cff, privateOffset + (int)s.Operands[0]) - (privateOffset + (int)s.Operands[0])).ToArray()
                : [];
            fonts.Add((dict, privateDict, subrs));
        }

        var newCharStrings = Index(Enumerable.Range(0, glyphCount).Select(g => keepGlyphs.Contains(g) || g == 0
            ? cff.AsSpan(charStrings[g].Start, charStrings[g].End - charStrings[g].Start).ToArray()
            : [EndChar]).ToList());

        // Every offset is written as a 5-byte integer, so the sizes are known before the offsets are.
        var topSize = Encode(top, op => op is OpCharset or OpCharStrings or OpFdSelect or OpFdArray ? [0] : null).Length;
        var topIndexSize = Index([new byte[topSize]]).Length;
        var charsetAt = nameEnd + topIndexSize + (globalSubrsEnd - stringsStart);
        var fdSelectAt = charsetAt + charsetBytes.Length;
        var charStringsAt = fdSelectAt + fdSelectBytes.Length;
        var fdArrayAt = charStringsAt + newCharStrings.Length;
        var privates = fonts.Select(f => Encode(f.Private, op => op == OpSubrs ? [0] : null)).ToList();
        var fdArraySize = Index(fonts.Select(f => Encode(f.Dict, op => op == OpPrivate ? [0, 0] : null)).ToList()).Length;
        var privateAt = new List<int>();
        var at = fdArrayAt + fdArraySize;
        for (var i = 0; i < fonts.Count; i++)
        {
            privateAt.Add(at);
            at += privates[i].Length + fonts[i].Subrs.Length;
        }

        var newTop = Encode(top, op => op switch
        {
            OpCharset => [charsetAt],
            OpCharStrings => [charStringsAt],
            OpFdSelect => [fdSelectAt],
            OpFdArray => [fdArrayAt],
            _ => null,
        });
        var fdArray = Index(fonts.Select((f, i) => Encode(f.Dict, op => op == OpPrivate ? [privates[i].Length, privateAt[i]] : null)).ToList());

        using var output = new MemoryStream();
        output.Write(cff, 0, nameEnd);
        output.Write(Index([newTop]));
        output.Write(cff, stringsStart, globalSubrsEnd - stringsStart);
        output.Write(charsetBytes);
        output.Write(fdSelectBytes);
        output.Write(newCharStrings);
        output.Write(fdArray);
        for (var i = 0; i < fonts.Count; i++)
        {
            output.Write(Encode(fonts[i].Private, op => op == OpSubrs ? [privates[i].Length] : null));
            output.Write(fonts[i].Subrs);
        }

        return output.ToArray();
    }

    /// <summary>The charstrings of a CID-keyed CFF font, by glyph id.</summary>
    public static IReadOnlyList<byte[]> CharStrings(byte[] cff)
    {
        var nameEnd = IndexEnd(cff, cff[2]);
        var topIndex = Entries(cff, nameEnd);
        var top = Tokens(cff, topIndex[0].Start, topIndex[0].End);
        var offset = (int)top.Single(t => t.Op == OpCharStrings).Operands[0];
        return Entries(cff, offset).Select(e => cff[e.Start..e.End]).ToList();
    }

    private sealed record Token(int Op, byte[] OperandBytes, List<long> Operands);

    private static List<Token> Tokens(byte[] cff, int start, int end)
    {
        var tokens = new List<Token>();
        var operands = new List<long>();
        var operandStart = start;
        var at = start;
        while (at < end)
        {
            int b = cff[at];
            if (b <= 21)
            {
                var op = b == 12 ? 1200 + cff[at + 1] : b;
                tokens.Add(new Token(op, cff[operandStart..at], [.. operands]));
                at += b == 12 ? 2 : 1;
                operandStart = at;
                operands.Clear();
            }
            else if (b == 28)
            {
                operands.Add(BinaryPrimitives.ReadInt16BigEndian(cff.AsSpan(at + 1)));
                at += 3;
            }
            else if (b == 29)
            {
                operands.Add(BinaryPrimitives.ReadInt32BigEndian(cff.AsSpan(at + 1)));
                at += 5;
            }
            else if (b == 30)
            {
                at++;
                while ((cff[at] & 0x0F) != 0x0F && (cff[at] & 0xF0) != 0xF0)
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

        return tokens;
    }

    /// <summary>Writes a DICT, replacing the operands of the operators <paramref name="replace"/> answers for with 5-byte integers.</summary>
    private static byte[] Encode(List<Token> tokens, Func<int, int[]?> replace)
    {
        using var output = new MemoryStream();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var token in tokens)
        {
            if (replace(token.Op) is { } values)
            {
                foreach (var value in values)
                {
                    output.WriteByte(29);
                    BinaryPrimitives.WriteInt32BigEndian(bytes, value);
                    output.Write(bytes);
                }
            }
            else
            {
                output.Write(token.OperandBytes);
            }

            if (token.Op >= 1200)
            {
                output.WriteByte(12);
                output.WriteByte((byte)(token.Op - 1200));
            }
            else
            {
                output.WriteByte((byte)token.Op);
            }
        }

        return output.ToArray();
    }

    /// <summary>An INDEX with 4-byte offsets.</summary>
    private static byte[] Index(List<byte[]> items)
    {
        var output = new byte[3 + (4 * (items.Count + 1)) + items.Sum(i => i.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(output, (ushort)items.Count);
        output[2] = 4;
        var offset = 1;
        var data = 3 + (4 * (items.Count + 1));
        for (var i = 0; i <= items.Count; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(output.AsSpan(3 + (4 * i)), offset);
            if (i < items.Count)
            {
                items[i].CopyTo(output, data + offset - 1);
                offset += items[i].Length;
            }
        }

        return output;
    }

    private static List<(int Start, int End)> Entries(byte[] cff, int position)
    {
        var count = (cff[position] << 8) | cff[position + 1];
        var list = new List<(int, int)>(count);
        if (count == 0)
        {
            return list;
        }

        int offSize = cff[position + 2];
        var data = position + 3 + ((count + 1) * offSize) - 1;
        int Offset(int i)
        {
            var value = 0;
            for (var k = 0; k < offSize; k++)
            {
                value = (value << 8) | cff[position + 3 + (i * offSize) + k];
            }

            return value;
        }

        for (var i = 0; i < count; i++)
        {
            list.Add((data + Offset(i), data + Offset(i + 1)));
        }

        return list;
    }

    private static int IndexEnd(byte[] cff, int position)
    {
        var entries = Entries(cff, position);
        return entries.Count == 0 ? position + 2 : entries[^1].End;
    }

    private static int CharsetLength(byte[] cff, int at, int glyphCount)
    {
        var format = cff[at];
        if (format == 0)
        {
            return 1 + (2 * (glyphCount - 1));
        }

        var covered = 1;
        var length = 1;
        var rangeSize = format == 1 ? 3 : 4;
        while (covered < glyphCount)
        {
            var left = format == 1 ? cff[at + length + 2] : (cff[at + length + 2] << 8) | cff[at + length + 3];
            covered += left + 1;
            length += rangeSize;
        }

        return length;
    }

    private static int FdSelectLength(byte[] cff, int at, int glyphCount) => cff[at] switch
    {
        0 => 1 + glyphCount,
        3 => 1 + 2 + (3 * ((cff[at + 1] << 8) | cff[at + 2])) + 2,
        _ => throw new InvalidDataException($"Unsupported FDSelect format {cff[at]}."),
    };
}
