namespace JinIp.Strategy.PlanImport;

/// <summary>Splits plan prose into sentences at 。！？；, never inside brackets, quotes or book titles.</summary>
internal static class SentenceSplitter
{
    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '（' or '(' or '《' or '“' or '「' or '【' or '〔' or '‘':
                    depth++;
                    break;
                case '）' or ')' or '》' or '”' or '」' or '】' or '〕' or '’':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '。' or '！' or '？' or '；' or '!' or '?' or ';' when depth == 0:
                    Add(sentences, text[start..(i + 1)]);
                    start = i + 1;
                    break;
                case '\n':
                    // A paragraph break ends a sentence even without punctuation (a heading-like line).
                    Add(sentences, text[start..i]);
                    start = i + 1;
                    depth = 0;
                    break;
            }
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    /// <summary>The first sentence and the rest, for a headline such as （七）加强专利商标行政保护。</summary>
    public static (string First, string Remainder) SplitFirst(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '（' or '(' or '《' or '“' or '「' or '【' or '〔':
                    depth++;
                    break;
                case '）' or ')' or '》' or '”' or '」' or '】' or '〕':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '。' or '！' or '？' or '!' or '?' or '\n' when depth == 0:
                    return (text[..(i + 1)].Trim(), text[(i + 1)..].Trim());
            }
        }

        return (text.Trim(), string.Empty);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
