using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// Emits, for every normalized code point, its unigram (position increment 1) and the bigram it starts
/// (position increment 0), with offsets into the source text for highlighting. Reads the whole field value at
/// once: patent fields are kilobytes, and normalization needs the neighbour for surrogates and whitespace runs.
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
    private bool bigramPending;

    public CharacterGramTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var chars = text.Chars;
        var length = text.Length;
        if (bigramPending)
        {
            bigramPending = false;
            var first = Width(chars, position, length);
            var second = Width(chars, position + first, length);
            term.CopyBuffer(chars, position, first + second);
            offset.SetOffset(CorrectOffset(text.SourceStart[position]), CorrectOffset(text.SourceEnd[position + first + second - 1]));
            positionIncrement.PositionIncrement = 0;
            position += first;
            return true;
        }

        if (position >= length)
        {
            return false;
        }

        var width = Width(chars, position, length);
        term.CopyBuffer(chars, position, width);
        offset.SetOffset(CorrectOffset(text.SourceStart[position]), CorrectOffset(text.SourceEnd[position + width - 1]));
        positionIncrement.PositionIncrement = 1;
        if (position + width < length)
        {
            bigramPending = true;
        }
        else
        {
            position += width;
        }

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
        bigramPending = false;
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
