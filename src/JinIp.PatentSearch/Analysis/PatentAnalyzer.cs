using Lucene.Net.Analysis;

namespace JinIp.PatentSearch.Analysis;

/// <summary>
/// The only analyzer of the index: character unigrams + bigrams for every analyzed field (texts and names).
/// Keyword fields are indexed as single terms and never reach an analyzer.
/// </summary>
internal sealed class PatentAnalyzer : Analyzer
{
    /// <summary>
    /// Gap between the values of a multi-valued field (applicants, inventors): far larger than any phrase or
    /// proximity distance a query can ask for, so a match never spans two names.
    /// </summary>
    public const int ValueGap = 10_000;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CharacterGramTokenizer(reader));

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
