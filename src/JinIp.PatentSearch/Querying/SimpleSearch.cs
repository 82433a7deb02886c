using System.Text.RegularExpressions;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Querying;

/// <summary>
/// The one-box search: guesses the field from what was typed. An application number → AN, a publication
/// number → PN, an IPC code → IC, a date → AD, an organization name → PA, a command query → parsed as such,
/// anything else → TX (words separated by spaces are ANDed).
/// </summary>
public static partial class SimpleSearch
{
    public static QueryNode Guess(string input)
    {
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new QuerySyntaxException(0, "a search term", "检索词", "end of query");
        }

        if (LooksLikeCommand(text))
        {
            return QueryParser.Parse(text);
        }

        var compact = ApplicationNumber.Compact(text);
        if (ApplicationNumber.TryParse(text, out var applicationNumber))
        {
            return new TermNode(SearchField.ApplicationNumber, applicationNumber.ToString()) { Position = 0 };
        }

        if (compact.Length is 12 && compact.All(char.IsAsciiDigit) && ApplicationNumber.TryParse(compact + ApplicationNumber.ComputeCheck(compact), out _))
        {
            // Typed without its check character: AN matches it as a prefix.
            return new TermNode(SearchField.ApplicationNumber, compact) { Position = 0 };
        }

        if (PublicationPattern().IsMatch(text.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            return new TermNode(SearchField.PublicationNumber, text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()) { Position = 0 };
        }

        var ipcText = text.TrimEnd('*');
        if (IpcCode.TryParse(ipcText, out var ipc) && ipc.Level >= IpcLevel.Subclass && !text.Contains(' ', StringComparison.Ordinal) || (IpcCode.TryParse(ipcText, out ipc) && ipc.Level >= IpcLevel.MainGroup))
        {
            return new TermNode(SearchField.Ipc, text.EndsWith('*') ? ipc.Code + "*" : ipc.Code) { Position = 0 };
        }

        if (DatePattern().IsMatch(text) && QueryParser.TryParseDate(text, out var from, out var to))
        {
            return new DateRangeNode(SearchField.ApplicationDate, from, to) { Position = 0 };
        }

        if (!text.Contains(' ', StringComparison.Ordinal) && ApplicantTypes.Infer(text) is ApplicantType.Enterprise or ApplicantType.University or ApplicantType.Institute)
        {
            return new TermNode(SearchField.Applicant, text) { Position = 0 };
        }

        var words = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            return new TermNode(SearchField.FullText, words[0]) { Position = 0 };
        }

        return new AndNode([.. words.Select(w => new TermNode(SearchField.FullText, w))]) { Position = 0 };
    }

    private static bool LooksLikeCommand(string text)
    {
        try
        {
            var tokens = QueryLexer.Tokenize(text);
            return tokens.Any(t => t.Kind is TokenKind.Equals or TokenKind.GreaterOrEqual or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.Less or TokenKind.History or TokenKind.Proximity or TokenKind.LeftParen)
                || tokens.Any(t => t.Kind is TokenKind.And or TokenKind.Or or TokenKind.Not && t.Text.All(char.IsAsciiLetterUpper));
        }
        catch (QuerySyntaxException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(CN)?\d{7,9}[ABCUYSD]\d?$|^CN\d{7,9}$", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationPattern();

    [GeneratedRegex(@"^\d{4}([-./年]\d{1,2}([-./月]\d{1,2}日?)?月?|\d{4})?年?$")]
    private static partial Regex DatePattern();
}
