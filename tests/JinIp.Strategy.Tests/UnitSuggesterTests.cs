using JinIp.Strategy.PlanImport;
using JinIp.Strategy.Units;

namespace JinIp.Strategy.Tests;

public sealed class UnitSuggesterTests
{
    private static readonly PlanDocument Seed = PlanParser.ParseFile(Fixtures.SeedPath).Document!;

    private static readonly UnitSuggester Suggester = new();

    private static UnitSuggestions ForSeedItem(int number) => Suggester.Suggest(Seed.Items.Single(item => item.Number == number));

    [Theory]
    [InlineData(13, "procuratorate", "审查逮捕")]
    [InlineData(14, "court", "审判")]
    [InlineData(12, "public-security", "犯罪")]
    [InlineData(16, "customs", "海关")]
    [InlineData(25, "agriculture", "植物新品种")]
    [InlineData(8, "copyright", "剑网")]
    [InlineData(10, "commerce", "老字号")]
    [InlineData(26, "culture-tourism", "艺术创作")]
    [InlineData(31, "human-resources", "职称")]
    [InlineData(5, "district-binhai", "滨海新区")]
    [InlineData(7, "ipo", "专利")]
    [InlineData(17, "ipo", "优势企业")]
    [InlineData(27, "education", "高校")]
    public void SeedItem_LeadIsSuggestedFromItsKeywords(int item, string leadId, string keyword)
    {
        var lead = ForSeedItem(item).Lead;

        Assert.Equal(leadId, lead.Unit.Id);
        Assert.Equal(UnitRole.Lead, lead.Role);
        Assert.Equal(SuggestionSource.Keyword, lead.Source);
        Assert.Contains(keyword, lead.Evidence);
        Assert.Contains(keyword, lead.ReasonZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(17, "sasac", "国有企业")]
    [InlineData(34, "education", "中小学")]
    [InlineData(21, "banking-insurance", "质押")]
    public void SeedItem_CoUnitsAreSuggestedFromKeywords(int item, string coId, string keyword)
    {
        var co = Assert.Single(ForSeedItem(item).CoUnits, suggestion => suggestion.Unit.Id == coId);

        Assert.Equal(UnitRole.Co, co.Role);
        Assert.Contains(keyword, co.Evidence);
    }

    [Fact]
    public void RegionalItem_SuggestsAllSixteenDistrictOfficesAsCoUnitsButNotAsLead()
    {
        var suggestions = ForSeedItem(4);

        Assert.Equal("ipo", suggestions.Lead.Unit.Id);
        var districts = suggestions.CoUnits.Where(suggestion => suggestion.Unit.Kind == UnitKind.District).ToList();
        Assert.Equal(16, districts.Count);
        Assert.All(districts, district => Assert.Contains("区域", district.Evidence));
    }

    [Fact]
    public void StatedUnits_WinOverKeywords()
    {
        var plan = PlanParser.ParseFile(Fixtures.PathOf("2022-tianjin-ip-work-points.txt")).Document!;

        var enforcement = Suggester.Suggest(plan.Items.Single(item => item.Number == 3));
        Assert.Equal("market-regulation", enforcement.Lead.Unit.Id);
        Assert.Equal(SuggestionSource.StatedInText, enforcement.Lead.Source);
        Assert.Equal(["public-security"], enforcement.CoUnits.Select(suggestion => suggestion.Unit.Id));

        // 按职责分工负责 names no lead: the first unit is proposed, 各区人民政府 expands to the 16 district offices.
        var districts = Suggester.Suggest(plan.Items.Single(item => item.Number == 2));
        Assert.Equal("ipo", districts.Lead.Unit.Id);
        Assert.Equal(16, districts.CoUnits.Count(suggestion => suggestion.Unit.Kind == UnitKind.District));
        Assert.Empty(districts.UnknownNames);
    }

    [Fact]
    public void StatedUnitsUnknownToTheDirectory_AreReported()
    {
        var plan = PlanParser.ParseFile(Fixtures.PathOf("binhai-district-2021-plan.txt")).Document!;

        var suggestions = Suggester.Suggest(plan.Items.Single(item => item.Number == 4));

        // Neither 区司法局 nor 区市场监管局 names its district, so the directory cannot place them; staff choose.
        Assert.Equal(["区司法局", "区市场监管局"], suggestions.UnknownNames);
        Assert.NotEqual(SuggestionSource.StatedInText, suggestions.Lead.Source);
    }

    [Fact]
    public void TextWithoutKeywords_DefaultsToTheOffice()
    {
        var suggestions = Suggester.Suggest("加强统筹协调", "定期召开会议，研究解决重大问题。");

        var lead = Assert.Single(suggestions.Suggestions);
        Assert.Equal("ipo", lead.Unit.Id);
        Assert.Equal(SuggestionSource.Default, lead.Source);
        Assert.Contains("默认", lead.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TraditionalText_MatchesKeywords()
    {
        var suggestions = Suggester.Suggest("加強海關知識產權保護", "開展專項行動。");

        Assert.Equal("customs", suggestions.Lead.Unit.Id);
    }
}

public sealed class UnitDirectoryTests
{
    private static readonly UnitDirectory Directory = UnitDirectory.Tianjin;

    [Fact]
    public void Directory_HasTheSixteenDistrictsWithTheirCodes()
    {
        var expected = new Dictionary<string, string>
        {
            ["和平区"] = "120101", ["河东区"] = "120102", ["河西区"] = "120103", ["南开区"] = "120104",
            ["河北区"] = "120105", ["红桥区"] = "120106", ["东丽区"] = "120110", ["西青区"] = "120111",
            ["津南区"] = "120112", ["北辰区"] = "120113", ["武清区"] = "120114", ["宝坻区"] = "120115",
            ["滨海新区"] = "120116", ["宁河区"] = "120117", ["静海区"] = "120118", ["蓟州区"] = "120119",
        };

        var districts = Directory.DistrictOffices.ToList();

        Assert.Equal(16, districts.Count);
        foreach (var (name, code) in expected)
        {
            var unit = Assert.Single(Directory.Resolve(name));
            Assert.Equal(code, unit.DistrictCode);
            Assert.Equal(UnitKind.District, unit.Kind);
        }
    }

    [Fact]
    public void Directory_HasTheOfficeMemberUnitsAndTheProtectionCentre()
    {
        Assert.Equal("市知识产权局", Directory.Office.Name);
        foreach (var name in new[] { "市高级人民法院", "市人民检察院", "市公安局", "天津海关", "市版权局", "市农业农村委", "市文化和旅游局", "市国资委", "市教委", "市商务局", "市地方金融监管局", "天津银保监局" })
        {
            Assert.Equal(UnitKind.Member, Assert.Single(Directory.Resolve(name)).Kind);
        }

        Assert.Equal(UnitKind.Centre, Assert.Single(Directory.Resolve("中国（天津）知识产权保护中心")).Kind);
    }

    [Theory]
    [InlineData("天津市公安局", "public-security")]
    [InlineData("市检察院", "procuratorate")]
    [InlineData("中国(天津)知识产权保护中心", "protection-centre")]
    [InlineData("市文旅局", "culture-tourism")]
    [InlineData("和平區市場監管局", "district-heping")]
    [InlineData("天津市高级人民法院", "court")]
    public void Resolve_AcceptsAliasesPrefixesHalfWidthBracketsAndTraditionalCharacters(string name, string id)
    {
        Assert.Equal(id, Assert.Single(Directory.Resolve(name)).Id);
    }

    [Fact]
    public void Resolve_ExpandsGroupsAndIgnoresUnknownNames()
    {
        Assert.Equal(16, Directory.Resolve("各区人民政府").Count);
        Assert.Empty(Directory.Resolve("区司法局"));
    }

    [Fact]
    public void Load_RejectsARuleThatNamesAnUnknownUnit()
    {
        var json = """{"units":[{"id":"ipo","name":"市知识产权局","kind":"office"}],"rules":[{"keywords":["审判"],"units":["court"],"weight":3}]}""";

        var error = Assert.Throws<InvalidDataException>(() => UnitDirectory.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.Contains("court", error.Message, StringComparison.Ordinal);
    }
}
