using JinIp.PatentSearch.Querying;

namespace JinIp.PatentSearch.Tests.Querying;

public class QueryParserTests
{
    [Theory]
    [InlineData("TI=(锂电池 OR 钠离子电池) AND PA=天津大学 AND AD>=2019-01-01 AND IC=H01M*", "TI=(锂电池 OR 钠离子电池) AND PA=天津大学 AND AD>=2019-01-01 AND IC=H01M*")]
    [InlineData("名称=锂电池 与 申请人=南开大学", "TI=锂电池 AND PA=南开大学")]
    [InlineData("名称=锂电池 或 摘要=正极 非 权利要求=负极", "TI=锂电池 OR AB=正极 NOT CL=负极")]
    [InlineData("锂电池 正极", "TX=(锂电池 AND 正极)")]
    [InlineData("ti:锂电池", "TI=锂电池")]
    [InlineData("TI=\"lithium battery\"", "TI=\"lithium battery\"")]
    [InlineData("TI=锂电池 W/5 正极", "TI=锂电池 W/5 正极")]
    [InlineData("AB=(电极 N/3 隔膜)", "AB=电极 N/3 隔膜")]
    [InlineData("AD=2019", "AD=2019")]
    [InlineData("AD=2019-05", "AD=[2019-05-01 TO 2019-05-31]")]
    [InlineData("AD=[2019-01-01 TO 2020-12-31]", "AD=[2019-01-01 TO 2020-12-31]")]
    [InlineData("AD>2019-12-31", "AD>=2020-01-01")]
    [InlineData("AD<2020", "AD<=2019-12-31")]
    [InlineData("申请日=2019年5月1日", "AD=2019-05-01")]
    [InlineData("IC=H01M 10/0525", "IC=H01M10/0525")]
    [InlineData("#1 AND #3 NOT #2", "#1 AND #3 NOT #2")]
    [InlineData("NOT TI=电池", "NOT TI=电池")]
    [InlineData("（TI=电池 OR AB=电池）AND TYPE=发明", "(TI=电池 OR AB=电池) AND TYPE=发明")]
    [InlineData("LS=有效 AND CO=120116", "LS=有效 AND CO=120116")]
    public void Parse_Query_PrintsCanonicalForm(string query, string canonical)
    {
        var node = QueryParser.Parse(query);

        Assert.Equal(canonical, node.ToString());
        Assert.Equal(canonical, QueryParser.Parse(canonical).ToString());
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        var node = QueryParser.Parse("TI=a OR TI=b AND TI=c");

        var or = Assert.IsType<OrNode>(node);
        Assert.IsType<AndNode>(or.Children[1]);
    }

    [Theory]
    [InlineData("TI=(锂电池 OR", 10, "a search term")]
    [InlineData("TI=(锂电池", 7, "')'")]
    [InlineData("XX=锂电池", 0, "a field name")]
    [InlineData("AD>=2019-13-01", 4, "a date")]
    [InlineData("TI>=锂电池", 2, "'='")]
    [InlineData("IC=锂电", 3, "an IPC code")]
    [InlineData("TI=\"锂电池", 3, "a closing quotation mark")]
    [InlineData("TI=锂电池)", 6, "unmatched ')'")]
    [InlineData("TYPE=专利", 5, "a patent type")]
    [InlineData("TI=锂电池 W/500 正极", 7, "at most 100")]
    [InlineData("TI=锂* W/5 正极", 6, "plain text")]
    public void Parse_SyntaxError_NamesPositionAndExpectation(string query, int position, string expected)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("检索式第", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("201710117081.7", "AN=201710117081.7")]
    [InlineData("CN113914863A", "PN=CN113914863A")]
    [InlineData("H01M10/0525", "IC=H01M10/0525")]
    [InlineData("H01M", "IC=H01M")]
    [InlineData("2019-05-01", "AD=2019-05-01")]
    [InlineData("天津大学", "PA=天津大学")]
    [InlineData("天津力神电池股份有限公司", "PA=天津力神电池股份有限公司")]
    [InlineData("锂电池", "TX=锂电池")]
    [InlineData("锂电池 正极", "TX=(锂电池 AND 正极)")]
    [InlineData("TI=锂电池 AND AD=2019", "TI=锂电池 AND AD=2019")]
    public void SimpleSearch_Guess_PicksField(string input, string canonical) =>
        Assert.Equal(canonical, SimpleSearch.Guess(input).ToString());
}
