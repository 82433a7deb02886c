namespace JinIp.PatentSearch.Querying;

/// <summary>
/// A query that cannot be parsed or resolved. <see cref="Position"/> is the 0-based character index in the
/// query text; the messages name what was expected there, in Chinese and in English.
/// </summary>
public sealed class QuerySyntaxException : FormatException
{
    public QuerySyntaxException()
        : this(0, "a query", "检索式", "nothing")
    {
    }

    public QuerySyntaxException(string message)
        : base(message)
    {
        ExpectedEn = ExpectedZh = Found = MessageEn = MessageZh = message;
    }

    public QuerySyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExpectedEn = ExpectedZh = Found = MessageEn = MessageZh = message;
    }

    public QuerySyntaxException(int position, string expectedEn, string expectedZh, string found)
        : base(FormatEn(position, expectedEn, found) + " / " + FormatZh(position, expectedZh, found))
    {
        Position = position;
        ExpectedEn = expectedEn;
        ExpectedZh = expectedZh;
        Found = found;
        MessageEn = FormatEn(position, expectedEn, found);
        MessageZh = FormatZh(position, expectedZh, found);
    }

    public int Position { get; }

    public string ExpectedEn { get; }

    public string ExpectedZh { get; }

    /// <summary>The text found at <see cref="Position"/>, or "end of query".</summary>
    public string Found { get; }

    public string MessageEn { get; }

    public string MessageZh { get; }

    private static string FormatEn(int position, string expected, string found) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Query error at character {position + 1}: expected {expected}, found {found}");

    private static string FormatZh(int position, string expected, string found) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"检索式第{position + 1}个字符处有误：应为{expected}，实际为{(found == "end of query" ? "检索式结尾" : found)}");
}
