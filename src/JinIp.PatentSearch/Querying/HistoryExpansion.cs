using System.Globalization;

namespace JinIp.PatentSearch.Querying;

/// <summary>
/// Replaces every <c>#n</c> in a query by the query it names, so a search can be stored or re-run on its own
/// (a saved search, an alert) after the history it was written against is gone.
/// </summary>
public static class HistoryExpansion
{
    private const int MaxDepth = 16;

    public static bool ContainsReference(QueryNode node) => node switch
    {
        HistoryReferenceNode => true,
        AndNode and => and.Children.Any(ContainsReference),
        OrNode or => or.Children.Any(ContainsReference),
        NotNode not => ContainsReference(not.Include) || ContainsReference(not.Exclude),
        _ => false,
    };

    /// <summary>The query without references; an unknown number or a reference loop is a <see cref="QuerySyntaxException"/> at the reference.</summary>
    public static QueryNode Expand(QueryNode node, Func<int, QueryNode?> history) => Expand(node, history, []);

    private static QueryNode Expand(QueryNode node, Func<int, QueryNode?> history, Stack<int> resolving) => node switch
    {
        HistoryReferenceNode reference => Resolve(reference, history, resolving),
        AndNode and => and with { Children = and.Children.Select(c => Expand(c, history, resolving)).ToList() },
        OrNode or => or with { Children = or.Children.Select(c => Expand(c, history, resolving)).ToList() },
        NotNode not => not with { Include = Expand(not.Include, history, resolving), Exclude = Expand(not.Exclude, history, resolving) },
        _ => node,
    };

    private static QueryNode Resolve(HistoryReferenceNode reference, Func<int, QueryNode?> history, Stack<int> resolving)
    {
        var found = "#" + reference.Number.ToString(CultureInfo.InvariantCulture);
        if (resolving.Contains(reference.Number) || resolving.Count >= MaxDepth)
        {
            throw new QuerySyntaxException(Math.Max(0, reference.Position), "a history reference that does not refer back to itself", "不循环引用自身的检索历史编号", found);
        }

        var resolved = history(reference.Number)
            ?? throw new QuerySyntaxException(Math.Max(0, reference.Position), "the number of a query in the search history", "检索历史中存在的检索式编号", found);
        resolving.Push(reference.Number);
        try
        {
            // The referenced query's own positions point into another text; the reference's position is the useful one.
            return Expand(resolved, history, resolving);
        }
        finally
        {
            resolving.Pop();
        }
    }
}
