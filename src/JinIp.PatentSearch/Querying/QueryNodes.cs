using System.Globalization;
using System.Text;

namespace JinIp.PatentSearch.Querying;

/// <summary>
/// A parsed query. <see cref="ToString"/> prints the canonical form: English field codes, upper-case operators,
/// dates as yyyy-MM-dd, parentheses only where precedence needs them; parsing it again gives the same form.
/// </summary>
public abstract record QueryNode
{
    /// <summary>0-based character index of the node in the text it was parsed from (−1 when built in code).</summary>
    public int Position { get; init; } = -1;

    /// <summary>Binding strength for printing: OR 1, AND 2, NOT 3, atoms 4.</summary>
    internal abstract int Precedence { get; }

    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        QueryPrinter.Print(this, builder, fieldContext: null);
        return builder.ToString();
    }
}

/// <summary>All documents (the left side of a query that starts with NOT).</summary>
public sealed record MatchAllNode : QueryNode
{
    internal override int Precedence => 4;
}

public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    internal override int Precedence => 2;
}

public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    internal override int Precedence => 1;
}

/// <summary><c>Include NOT Exclude</c>: documents matching the first and not the second.</summary>
public sealed record NotNode(QueryNode Include, QueryNode Exclude) : QueryNode
{
    internal override int Precedence => 3;
}

/// <summary>
/// A value searched in a field. For text and name fields it is an exact substring of the normalized text;
/// <c>?</c> stands for exactly one character, an inner <c>*</c> for any run of characters; leading or trailing
/// <c>*</c> changes nothing there (a substring is already unanchored). For numbers, codes and IPC a trailing
/// <c>*</c> is truncation.
/// </summary>
public sealed record TermNode(SearchField Field, string Text, bool Quoted = false) : QueryNode
{
    internal override int Precedence => 4;
}

/// <summary>
/// <c>A W/n B</c>: B follows A with at most n characters between them; <c>A N/n B</c>: either order. Characters,
/// not words, because Chinese has no word boundaries in the index (docs/adr/0002).
/// </summary>
public sealed record ProximityNode(SearchField Field, TermNode Left, TermNode Right, int Distance, bool Ordered) : QueryNode
{
    internal override int Precedence => 4;
}

/// <summary>A date field within [From, To], either end open (null). Dates are whole days.</summary>
public sealed record DateRangeNode(SearchField Field, DateOnly? From, DateOnly? To) : QueryNode
{
    internal override int Precedence => 4;
}

/// <summary><c>#n</c>: the n-th query of the caller's search history, resolved when the query is compiled.</summary>
public sealed record HistoryReferenceNode(int Number) : QueryNode
{
    internal override int Precedence => 4;
}

internal static class QueryPrinter
{
    public static void Print(QueryNode node, StringBuilder b, SearchField? fieldContext)
    {
        // A boolean subtree whose leaves all search one field prints as F=( … ) like the searcher wrote it.
        if (fieldContext is null && node is AndNode or OrNode or NotNode && SingleField(node) is { } shared)
        {
            b.Append(SearchFieldInfo.Of(shared).Code).Append("=(");
            Print(node, b, shared);
            b.Append(')');
            return;
        }

        switch (node)
        {
            case MatchAllNode:
                b.Append('*');
                break;
            case AndNode andNode:
                Join(andNode.Children, " AND ", node.Precedence, b, fieldContext);
                break;
            case OrNode orNode:
                Join(orNode.Children, " OR ", node.Precedence, b, fieldContext);
                break;
            case NotNode { Include: MatchAllNode } not:
                b.Append("NOT ");
                Child(not.Exclude, node.Precedence + 1, b, fieldContext);
                break;
            case NotNode not:
                Child(not.Include, node.Precedence, b, fieldContext);
                b.Append(" NOT ");
                Child(not.Exclude, node.Precedence + 1, b, fieldContext);
                break;
            case TermNode term:
                FieldPrefix(term.Field, b, fieldContext);
                Value(term, b);
                break;
            case ProximityNode near:
                FieldPrefix(near.Field, b, fieldContext);
                Value(near.Left, b);
                b.Append(near.Ordered ? " W/" : " N/").Append(near.Distance.ToString(CultureInfo.InvariantCulture)).Append(' ');
                Value(near.Right, b);
                break;
            case DateRangeNode range:
                PrintRange(range, b, fieldContext);
                break;
            case HistoryReferenceNode history:
                b.Append('#').Append(history.Number.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void Join(IReadOnlyList<QueryNode> children, string op, int precedence, StringBuilder b, SearchField? fieldContext)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0)
            {
                b.Append(op);
            }

            Child(children[i], precedence + 1, b, fieldContext);
        }
    }

    private static void Child(QueryNode child, int minPrecedence, StringBuilder b, SearchField? fieldContext)
    {
        // A subtree printed as F=( … ) is already bracketed.
        var fieldGroup = fieldContext is null && child is AndNode or OrNode or NotNode && SingleField(child) is not null;
        var wrap = child.Precedence < minPrecedence && !fieldGroup;
        if (wrap)
        {
            b.Append('(');
        }

        Print(child, b, fieldContext);
        if (wrap)
        {
            b.Append(')');
        }
    }

    private static void FieldPrefix(SearchField field, StringBuilder b, SearchField? fieldContext)
    {
        if (fieldContext != field)
        {
            b.Append(SearchFieldInfo.Of(field).Code).Append('=');
        }
    }

    private static void Value(TermNode term, StringBuilder b)
    {
        var literalWildcard = term.Quoted && term.Text.IndexOfAny(['*', '?', '？']) >= 0;
        if (!literalWildcard && !NeedsQuotes(term.Text))
        {
            b.Append(term.Text);
            return;
        }

        b.Append('"');
        foreach (var c in term.Text)
        {
            if (c is '"' or '\\')
            {
                b.Append('\\');
            }

            b.Append(c);
        }

        b.Append('"');
    }

    internal static bool NeedsQuotes(string text)
    {
        if (text.Length == 0 || QueryLexer.IsOperatorWord(text) || text[0] == '#' || QueryLexer.IsProximityWord(text))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || QueryLexer.IsDelimiter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void PrintRange(DateRangeNode range, StringBuilder b, SearchField? fieldContext)
    {
        var code = SearchFieldInfo.Of(range.Field).Code;
        var inGroup = fieldContext == range.Field;
        switch (range)
        {
            case { From: { } from, To: { } to } when from.Day == 1 && from.Month == 1 && to == new DateOnly(from.Year, 12, 31):
                b.Append(inGroup ? string.Empty : code + "=").Append(from.Year.ToString("D4", CultureInfo.InvariantCulture));
                break;
            case { From: { } from, To: { } to } when from == to:
                b.Append(inGroup ? string.Empty : code + "=").Append(Date(from));
                break;
            case { From: { } from, To: { } to }:
                b.Append(inGroup ? string.Empty : code + "=").Append('[').Append(Date(from)).Append(" TO ").Append(Date(to)).Append(']');
                break;
            case { From: { } from }:
                b.Append(code).Append(">=").Append(Date(from));
                break;
            case { To: { } to }:
                b.Append(code).Append("<=").Append(Date(to));
                break;
            default:
                b.Append(code).Append(">=0001-01-01");
                break;
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The one field every leaf searches, when a subtree can print as F=( … ); null otherwise.</summary>
    private static SearchField? SingleField(QueryNode node)
    {
        SearchField? field = null;
        return Visit(node) ? field : null;

        bool Visit(QueryNode n)
        {
            switch (n)
            {
                case AndNode andNode:
                    return andNode.Children.All(Visit);
                case OrNode orNode:
                    return orNode.Children.All(Visit);
                case NotNode not:
                    return not.Include is not MatchAllNode && Visit(not.Include) && Visit(not.Exclude);
                case TermNode t:
                    return Same(t.Field);
                case ProximityNode p:
                    return Same(p.Field);
                case DateRangeNode { From: not null, To: not null } d:
                    // One-sided ranges print as comparisons, which cannot stand inside F=( … ).
                    return Same(d.Field);
                default:
                    return false;
            }
        }

        bool Same(SearchField f)
        {
            field ??= f;
            return field == f;
        }
    }
}
