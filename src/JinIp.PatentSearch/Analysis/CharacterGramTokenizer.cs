using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// Emits one token per normalized code point: the bigram it starts, or, for the last code point of the value,
/// the code point alone (the end marker that lets a single character at the end of a field be found). Offsets
/// point into the source text for highlighting. Reads the whole field value at once: patent fields are
/// kilobytes, and normalization needs the neighbour for surrogates and whitespace runs. See docs/adr/0002.
/// </summary>
internal sealed class CharacterGramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly NormalizedText text = new();
    private char[] source = new char[4096];
    private int sourceLength;
    private int position;

    public CharacterGramTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        var length = text.Length;
        if (position >= length)
        {
            return false;
        }

        ClearAttributes();
        var chars = text.Chars;
        var first = Width(chars, position, length);
        var second = position + first < length ? Width(chars, position + first, length) : 0;
        var width = first + second;
        term.CopyBuffer(chars, position, width);
        offset.SetOffset(CorrectOffset(text.SourceStart[position]), CorrectOffset(text.SourceEnd[position + width - 1]));
        positionIncrement.PositionIncrement = 1;
        position += first;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        sourceLength = 0;
        int read;
        while ((read = m_input.Read(source, sourceLength, source.Length - sourceLength)) > 0)
        {
            sourceLength += read;
            if (sourceLength == source.Length)
            {
                Array.Resize(ref source, source.Length * 2);
            }
        }

        text.Load(source.AsSpan(0, sourceLength));
        position = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(sourceLength);
        offset.SetOffset(final, final);
    }

    private static int Width(char[] chars, int at, int length) =>
        char.IsHighSurrogate(chars[at]) && at + 1 < length && char.IsLowSurrogate(chars[at + 1]) ? 2 : 1;
}
