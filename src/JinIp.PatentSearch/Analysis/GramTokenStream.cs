using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// The indexing-side form of <see cref="CharacterGramTokenizer"/>: the same tokens (one per normalized code
/// point: the bigram it starts, or the code point alone at the end of a value), produced straight from the field
/// values without an analyzer, a reader or a copy of the text. All values of a multi-valued field (applicants,
/// inventors) go through one stream, <see cref="PatentAnalyzer.ValueGap"/> positions apart, so the writer
/// inverts one field instance per field name. One instance per field name and indexing thread, refilled per
/// document with <see cref="SetValues"/>.
/// </summary>
internal sealed class GramTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly NormalizedText text = new();
    private readonly List<string> values = new(4);
    private int valueIndex;
    private int position;
    private int offsetBase;
    private int nextIncrement;

    public GramTokenStream()
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>True when at least one value has text to index.</summary>
    public bool HasValues => values.Count > 0;

    public void Clear() => values.Clear();

    /// <summary>Adds one value (blank values are skipped).</summary>
    public void Add(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.Add(value);
        }
    }

    /// <summary>Replaces the values with one.</summary>
    public void SetValues(string? value)
    {
        values.Clear();
        Add(value);
    }

    public override bool IncrementToken()
    {
        while (position >= text.Length)
        {
            if (valueIndex + 1 >= values.Count)
            {
                return false;
            }

            offsetBase += values[valueIndex].Length + 1;
            valueIndex++;
            text.Load(values[valueIndex]);
            position = 0;
            nextIncrement = PatentAnalyzer.ValueGap + 1;
        }

        ClearAttributes();
        var chars = text.Chars;
        var length = text.Length;
        var first = Width(chars, position, length);
        var second = position + first < length ? Width(chars, position + first, length) : 0;
        var width = first + second;
        term.CopyBuffer(chars, position, width);
        offset.SetOffset(offsetBase + text.SourceStart[position], offsetBase + text.SourceEnd[position + width - 1]);
        positionIncrement.PositionIncrement = nextIncrement;
        nextIncrement = 1;
        position += first;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        valueIndex = 0;
        position = 0;
        offsetBase = 0;
        nextIncrement = 1;
        if (values.Count > 0)
        {
            text.Load(values[0]);
        }
        else
        {
            text.Load(default);
        }
    }

    public override void End()
    {
        base.End();
        var final = offsetBase + (values.Count > 0 ? values[^1].Length : 0);
        offset.SetOffset(final, final);
    }

    private static int Width(char[] chars, int at, int length) =>
        char.IsHighSurrogate(chars[at]) && at + 1 < length && char.IsLowSurrogate(chars[at + 1]) ? 2 : 1;
}
