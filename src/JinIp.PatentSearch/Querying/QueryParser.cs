using System.Globalization;
using System.Text.RegularExpressions;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Querying;

/// <summary>
/// Parses the command query language:
/// <code>
/// query     := or
/// or        := and (OR and)*
/// and       := not ([AND] not)*                  adjacent clauses are ANDed
/// not       := unary (NOT unary)*
/// unary     := NOT unary | near
/// near      := primary ((W/n | N/n) primary)*     both sides plain text of one field
/// primary   := '(' or ')' | #n | FIELD op value | value
/// value     := '(' or ')' | '[' date TO date ']' | word | "quoted"
/// op        := = | : | &gt;= | &lt;= | &gt; | &lt;   (comparisons for date fields)
/// </code>
/// A value without a field searches the enclosing field group, or TX at the top level.
/// </summary>
public static partial class QueryParser
{
    /// <summary>Largest n in W/n and N/n; each unit of distance adds a phrase clause (see QueryCompiler.Proximity).</summary>
    public const int MaxProximity = 100;

    public static QueryNode Parse(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new QuerySyntaxException(0, "a search term or a field such as TI=", "检索词或字段（如 TI=）", "end of query");
        }

        var state = new State(QueryLexer.Tokenize(query));
        var node = state.ParseOr(SearchField.FullText);
        if (state.Current.Kind != TokenKind.End)
        {
            var token = state.Current;
            throw token.Kind == TokenKind.RightParen
                ? new QuerySyntaxException(token.Position, "an operator or the end of the query (unmatched ')')", "运算符或检索式结尾（多余的右括号）", token.Describe())
                : new QuerySyntaxException(token.Position, "AND, OR, NOT or the end of the query", "AND、OR、NOT 或检索式结尾", token.Describe());
        }

        return node;
    }

    /// <summary>Parses a date as searchers write it: 2019, 2019-05, 2019-05-01, 2019.5.1, 2019/05/01, 20190501, 2019年5月1日.</summary>
    public static bool TryParseDate(string text, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9999)
        {
            return false;
        }

        if (!match.Groups["m"].Success)
        {
            from = new DateOnly(year, 1, 1);
            to = new DateOnly(year, 12, 31);
            return true;
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (!match.Groups["d"].Success)
        {
            from = new DateOnly(year, month, 1);
            to = from.AddMonths(1).AddDays(-1);
            return true;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        from = to = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?:[-./年](?<m>\d{1,2})(?:[-./月](?<d>\d{1,2})日?)?月?)|(?<m>\d{2})(?<d>\d{2}))?年?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{1,4}/\d{1,6}\*?$")]
    private static partial Regex IpcGroupPart();

    private sealed class State(List<Token> tokens)
    {
        private int index;

        public Token Current => tokens[index];

        public QueryNode ParseOr(SearchField field)
        {
            var start = Current.Position;
            var children = new List<QueryNode> { ParseAnd(field) };
            while (Current.Kind == TokenKind.Or)
            {
                index++;
                children.Add(ParseAnd(field));
            }

            return children.Count == 1 ? children[0] : new OrNode(Flatten<OrNode>(children)) { Position = start };
        }

        private QueryNode ParseAnd(SearchField field)
        {
            var start = Current.Position;
            var children = new List<QueryNode> { ParseNot(field) };
            while (true)
            {
                if (Current.Kind == TokenKind.And)
                {
                    index++;
                }
                else if (!StartsPrimary(Current.Kind))
                {
                    break;
                }

                children.Add(ParseNot(field));
            }

            return children.Count == 1 ? children[0] : new AndNode(Flatten<AndNode>(children)) { Position = start };
        }

        private QueryNode ParseNot(SearchField field)
        {
            var node = ParseUnary(field);
            while (Current.Kind == TokenKind.Not)
            {
                var at = Current.Position;
                index++;
                node = new NotNode(node, ParseUnary(field)) { Position = at };
            }

            return node;
        }

        private QueryNode ParseUnary(SearchField field)
        {
            if (Current.Kind == TokenKind.Not)
            {
                var at = Current.Position;
                index++;
                return new NotNode(new MatchAllNode(), ParseUnary(field)) { Position = at };
            }

            return ParseNear(field);
        }

        private QueryNode ParseNear(SearchField field)
        {
            var left = ParsePrimary(field);
            while (Current.Kind == TokenKind.Proximity)
            {
                var op = Current;
                index++;
                if (op.Number > MaxProximity)
                {
                    throw new QuerySyntaxException(op.Position, "a proximity distance of at most 100 characters", "不超过100个字符的位置距离", op.Describe());
                }

                if (left is not TermNode leftTerm || !IsPlainText(leftTerm))
                {
                    throw new QuerySyntaxException(op.Position, "a plain text term before the proximity operator", "位置算符前应为不含截词符的文本检索词", op.Describe());
                }

                var rightStart = Current;
                var right = ParsePrimary(leftTerm.Field);
                if (right is not TermNode rightTerm || !IsPlainText(rightTerm) || rightTerm.Field != leftTerm.Field)
                {
                    throw new QuerySyntaxException(rightStart.Position, "a plain text term of the same field after the proximity operator", "位置算符后应为同一字段、不含截词符的文本检索词", rightStart.Describe());
                }

                left = new ProximityNode(leftTerm.Field, leftTerm, rightTerm, op.Number, op.Ordered) { Position = left.Position };
            }

            return left;
        }

        private QueryNode ParsePrimary(SearchField field)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.LeftParen:
                    index++;
                    var inner = ParseOr(field);
                    Expect(TokenKind.RightParen, "')'", "右括号“)”");
                    return inner;
                case TokenKind.History:
                    index++;
                    return new HistoryReferenceNode(token.Number) { Position = token.Position };
                case TokenKind.Word when Peek(1).Kind is TokenKind.Equals or TokenKind.GreaterOrEqual or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.Less:
                    return ParseFieldClause();
                case TokenKind.LeftBracket:
                    return ParseRange(field);
                case TokenKind.Word or TokenKind.Quoted:
                    return ParseValue(field);
                default:
                    throw new QuerySyntaxException(token.Position, "a search term, a field such as TI= or '('", "检索词、字段（如 TI=）或左括号", token.Describe());
            }
        }

        private QueryNode ParseFieldClause()
        {
            var name = Current;
            var info = SearchFieldInfo.Find(name.Text)
                ?? throw new QuerySyntaxException(name.Position, "a field name (TI, AB, CL, TX, PA, PO, IN, AN, PN, AD, PD, GD, IC, MC, DZ, AG, AT, CO, TYPE, LS, SEI)", "字段名（名称、摘要、权利要求、申请人、申请号、申请日、分类号等）", name.Describe());
            index++;
            var op = Current;
            index++;
            if (op.Kind != TokenKind.Equals)
            {
                if (info.Kind != SearchFieldKind.Date)
                {
                    throw new QuerySyntaxException(op.Position, "'=' (comparisons apply to AD, PD and GD only)", "“=”（比较运算只用于申请日、公开日、授权日）", op.Describe());
                }

                var value = Current;
                if (value.Kind is not (TokenKind.Word or TokenKind.Quoted) || !TryParseDate(value.Text, out var from, out var to))
                {
                    throw DateExpected(value);
                }

                index++;
                return op.Kind switch
                {
                    TokenKind.GreaterOrEqual => new DateRangeNode(info.Field, from, null),
                    TokenKind.Greater => new DateRangeNode(info.Field, to.AddDays(1), null),
                    TokenKind.LessOrEqual => new DateRangeNode(info.Field, null, to),
                    _ => new DateRangeNode(info.Field, null, from.AddDays(-1)),
                } with { Position = name.Position };
            }

            return Current.Kind switch
            {
                TokenKind.LeftParen => ParseGroup(info.Field),
                TokenKind.LeftBracket => ParseRange(info.Field),
                TokenKind.Word or TokenKind.Quoted => ParseValue(info.Field),
                _ => throw new QuerySyntaxException(Current.Position, "a value after '='", "“=”后的检索值", Current.Describe()),
            };
        }

        private QueryNode ParseGroup(SearchField field)
        {
            index++;
            var inner = ParseOr(field);
            Expect(TokenKind.RightParen, "')'", "右括号“)”");
            return inner;
        }

        private DateRangeNode ParseRange(SearchField field)
        {
            var open = Current;
            if (SearchFieldInfo.Of(field).Kind != SearchFieldKind.Date)
            {
                throw new QuerySyntaxException(open.Position, "a search term ('[… TO …]' ranges apply to AD, PD and GD)", "检索词（范围“[… TO …]”只用于日期字段）", open.Describe());
            }

            index++;
            var fromToken = Current;
            if (fromToken.Kind != TokenKind.Word || !TryParseDate(fromToken.Text, out var from, out _))
            {
                throw DateExpected(fromToken);
            }

            index++;
            if (Current.Kind != TokenKind.Word || !(Current.Text.Equals("TO", StringComparison.OrdinalIgnoreCase) || Current.Text == "至"))
            {
                throw new QuerySyntaxException(Current.Position, "TO", "TO 或“至”", Current.Describe());
            }

            index++;
            var toToken = Current;
            if (toToken.Kind != TokenKind.Word || !TryParseDate(toToken.Text, out _, out var to))
            {
                throw DateExpected(toToken);
            }

            index++;
            Expect(TokenKind.RightBracket, "']'", "右方括号“]”");
            if (to < from)
            {
                throw new QuerySyntaxException(toToken.Position, "an end date on or after the start date", "不早于起始日期的截止日期", toToken.Describe());
            }

            return new DateRangeNode(field, from, to) { Position = open.Position };
        }

        private QueryNode ParseValue(SearchField field)
        {
            var token = Current;
            index++;
            var info = SearchFieldInfo.Of(field);
            var text = token.Text;
            switch (info.Kind)
            {
                case SearchFieldKind.Date:
                    if (!TryParseDate(text, out var from, out var to))
                    {
                        throw DateExpected(token);
                    }

                    return new DateRangeNode(field, from, to) { Position = token.Position };
                case SearchFieldKind.Ipc:
                    // "H01M 10/0525" arrives as two words; join them back.
                    if (token.Kind == TokenKind.Word && text.Length == 4 && Current.Kind == TokenKind.Word && IpcGroupPart().IsMatch(Current.Text))
                    {
                        text += Current.Text;
                        index++;
                    }

                    var bare = text.TrimEnd('*');
                    if (!(bare.Length > 0 && IpcCode.TryParse(bare, out _)) && !(text.EndsWith('*') && IpcPrefix(bare)))
                    {
                        throw new QuerySyntaxException(token.Position, "an IPC code such as H01M, H01M10/0525 or H01M10/05*", "分类号，如 H01M、H01M10/0525 或 H01M10/05*", token.Describe());
                    }

                    break;
                case SearchFieldKind.Number:
                    if (ApplicationNumber.Compact(text.TrimEnd('*')).Length == 0)
                    {
                        throw new QuerySyntaxException(token.Position, "a number", "号码", token.Describe());
                    }

                    break;
                case SearchFieldKind.Code:
                    ValidateCode(field, token);
                    break;
                default:
                    var quoted = token.Kind == TokenKind.Quoted;
                    var probe = quoted ? text : TextNormalizer.Normalize(text).Replace("*", string.Empty, StringComparison.Ordinal).Replace("?", string.Empty, StringComparison.Ordinal);
                    if (TextNormalizer.Normalize(probe).Length == 0)
                    {
                        throw new QuerySyntaxException(token.Position, "a search term with at least one character", "至少含一个字符的检索词", token.Describe());
                    }

                    if (!quoted && TextNormalizer.Normalize(text).Trim('*', '?').Contains('*', StringComparison.Ordinal)
                        && TextNormalizer.Normalize(text).Trim('*', '?').Contains('?', StringComparison.Ordinal))
                    {
                        throw new QuerySyntaxException(token.Position, "either ? (one character) or an inner * (any characters) in one term, not both", "同一检索词中只能使用“?”（一个字符）或中间的“*”（任意字符）之一", token.Describe());
                    }

                    break;
            }

            return new TermNode(field, text, token.Kind == TokenKind.Quoted) { Position = token.Position };
        }

        private static void ValidateCode(SearchField field, Token token)
        {
            var text = token.Text;
            var ok = field switch
            {
                SearchField.Type => PatentTypes.TryParse(text, out _),
                SearchField.LegalStatus => LegalStatuses.Resolve(text) is not null,
                SearchField.Region => text.TrimEnd('*').Length > 0 && text.TrimEnd('*').All(char.IsAsciiDigit),
                SearchField.StrategicEmergingIndustry => text.TrimEnd('*').Length > 0,
                _ => true,
            };
            if (!ok)
            {
                var (en, zh) = field switch
                {
                    SearchField.Type => ("a patent type: invention, utility, design (发明, 实用新型, 外观设计)", "专利类型：发明、实用新型、外观设计"),
                    SearchField.LegalStatus => ("a legal status: valid, pending, invalid, lapsed, expired, invalidated, withdrawn, rejected", "法律状态：有效、审中、失效、未缴年费终止、期限届满、全部无效、撤回、驳回"),
                    SearchField.Region => ("a region code such as 120116 or 1201*", "地区代码，如 120116 或 1201*"),
                    _ => ("a code", "代码"),
                };
                throw new QuerySyntaxException(token.Position, en, zh, token.Describe());
            }
        }

        private static bool IpcPrefix(string prefix)
        {
            // A truncated code: a section letter, then what an IPC code could continue with.
            var compact = prefix.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            return compact.Length > 0 && compact[0] is >= 'A' and <= 'H' && compact.All(c => char.IsAsciiLetterOrDigit(c) || c == '/');
        }

        private static QuerySyntaxException DateExpected(Token token) =>
            new(token.Position, "a date such as 2019, 2019-05 or 2019-05-01", "日期，如 2019、2019-05 或 2019-05-01", token.Describe());

        private static bool IsPlainText(TermNode term) =>
            SearchFieldInfo.Of(term.Field).Kind is SearchFieldKind.Text or SearchFieldKind.Name
            && (term.Quoted || (!term.Text.Contains('*', StringComparison.Ordinal) && !TextNormalizer.Normalize(term.Text).Contains('?', StringComparison.Ordinal)));

        private static bool StartsPrimary(TokenKind kind) =>
            kind is TokenKind.Word or TokenKind.Quoted or TokenKind.LeftParen or TokenKind.History or TokenKind.Not or TokenKind.LeftBracket;

        private Token Peek(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

        private void Expect(TokenKind kind, string en, string zh)
        {
            if (Current.Kind != kind)
            {
                throw new QuerySyntaxException(Current.Position, en, zh, Current.Describe());
            }

            index++;
        }

        private static List<QueryNode> Flatten<T>(List<QueryNode> children)
            where T : QueryNode
        {
            var flat = new List<QueryNode>(children.Count);
            foreach (var child in children)
            {
                switch (child)
                {
                    case AndNode andNode when typeof(T) == typeof(AndNode):
                        flat.AddRange(andNode.Children);
                        break;
                    case OrNode orNode when typeof(T) == typeof(OrNode):
                        flat.AddRange(orNode.Children);
                        break;
                    default:
                        flat.Add(child);
                        break;
                }
            }

            return flat;
        }
    }
}
