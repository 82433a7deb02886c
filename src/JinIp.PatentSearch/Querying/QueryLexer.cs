using System.Globalization;
using System.Text;

namespace JinIp.PatentSearch.Querying;

internal enum TokenKind
{
    Word,
    Quoted,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Equals,
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,
    And,
    Or,
    Not,
    Proximity,
    History,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position, int Number = 0, bool Ordered = false)
{
    public string Describe() => Kind == TokenKind.End ? "end of query" : "'" + Text + "'";
}

/// <summary>
/// Splits a command query into tokens. Full-width brackets, quotes and comparison signs from Chinese input
/// methods are read as their ASCII forms; 与/或/非 and AND/OR/NOT (any case) are operators only as whole words.
/// </summary>
internal static class QueryLexer
{
    public static bool IsDelimiter(char c) => c is '(' or ')' or '[' or ']' or '"' or '=' or '<' or '>' or '（' or '）' or '【' or '】' or '＝' or '＜' or '＞' or '“' or '”';

    public static bool IsOperatorWord(string word) => OperatorOf(word) is not null;

    public static bool IsProximityWord(string word) => TryProximity(word, out _, out _);

    public static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '(' or '（':
                    tokens.Add(new Token(TokenKind.LeftParen, "(", start));
                    i++;
                    continue;
                case ')' or '）':
                    tokens.Add(new Token(TokenKind.RightParen, ")", start));
                    i++;
                    continue;
                case '[' or '【':
                    tokens.Add(new Token(TokenKind.LeftBracket, "[", start));
                    i++;
                    continue;
                case ']' or '】':
                    tokens.Add(new Token(TokenKind.RightBracket, "]", start));
                    i++;
                    continue;
                case '=' or '＝':
                    tokens.Add(new Token(TokenKind.Equals, "=", start));
                    i++;
                    continue;
                case ':' or '：' when tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Word } previous
                                      && previous.Position + previous.Text.Length == start && SearchFieldInfo.Find(previous.Text) is not null:
                    // "TI:锂电池" reads as TI=锂电池; a colon elsewhere is text (e.g. ratios 1:2).
                    tokens.Add(new Token(TokenKind.Equals, "=", start));
                    i++;
                    continue;
                case '>' or '＞' or '<' or '＜':
                    var greater = c is '>' or '＞';
                    var orEqual = i + 1 < query.Length && query[i + 1] is '=' or '＝';
                    i += orEqual ? 2 : 1;
                    tokens.Add(new Token(
                        greater ? (orEqual ? TokenKind.GreaterOrEqual : TokenKind.Greater) : (orEqual ? TokenKind.LessOrEqual : TokenKind.Less),
                        query[start..i],
                        start));
                    continue;
                case '"' or '“' or '”':
                    tokens.Add(ReadQuoted(query, ref i));
                    continue;
                case '#' when i + 1 < query.Length && char.IsAsciiDigit(query[i + 1]):
                    i++;
                    while (i < query.Length && char.IsAsciiDigit(query[i]))
                    {
                        i++;
                    }

                    var number = int.Parse(query.AsSpan(start + 1, i - start - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                    tokens.Add(new Token(TokenKind.History, query[start..i], start, number));
                    continue;
            }

            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '\u3000' && !IsDelimiter(query[i])
                   && !(query[i] is ':' or '：' && SearchFieldInfo.Find(query[start..i]) is not null))
            {
                i++;
            }

            var word = query[start..i];
            if (OperatorOf(word) is { } op)
            {
                tokens.Add(new Token(op, word, start));
            }
            else if (TryProximity(word, out var distance, out var ordered))
            {
                tokens.Add(new Token(TokenKind.Proximity, word, start, distance, ordered));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Word, word, start));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, query.Length));
        return tokens;
    }

    private static Token ReadQuoted(string query, ref int i)
    {
        var start = i;
        i++;
        var text = new StringBuilder();
        while (i < query.Length && query[i] is not ('"' or '“' or '”'))
        {
            if (query[i] == '\\' && i + 1 < query.Length)
            {
                i++;
            }

            text.Append(query[i]);
            i++;
        }

        if (i >= query.Length)
        {
            throw new QuerySyntaxException(start, "a closing quotation mark", "右引号", "end of query");
        }

        i++;
        return new Token(TokenKind.Quoted, text.ToString(), start);
    }

    private static TokenKind? OperatorOf(string word) => word.ToUpperInvariant() switch
    {
        "AND" or "与" or "&&" => TokenKind.And,
        "OR" or "或" or "||" => TokenKind.Or,
        "NOT" or "非" => TokenKind.Not,
        _ => null,
    };

    /// <summary><c>W/n</c> (or PRE/n) ordered, <c>N/n</c> (or NEAR/n) unordered, n characters at most between.</summary>
    private static bool TryProximity(string word, out int distance, out bool ordered)
    {
        distance = 0;
        ordered = false;
        var slash = word.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return false;
        }

        var op = word[..slash].ToUpperInvariant();
        if (op is not ("W" or "PRE" or "N" or "NEAR")
            || !int.TryParse(word.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out distance))
        {
            return false;
        }

        ordered = op is "W" or "PRE";
        return true;
    }
}
