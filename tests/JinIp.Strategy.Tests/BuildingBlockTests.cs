using System.Globalization;
using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Tests;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("三十四", 34)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("两百", 200)]
    [InlineData("二〇", 0)]
    [InlineData("甲", 0)]
    public void TryParse_ReadsHeadingNumerals(string numeral, int expected)
    {
        var parsed = ChineseNumeral.TryParse(numeral, out var value);

        Assert.Equal(expected > 0, parsed);
        Assert.Equal(expected, parsed ? value : 0);
    }

    [Fact]
    public void Format_RoundTripsEveryNumberAPlanUses()
    {
        for (var number = 1; number <= 999; number++)
        {
            Assert.True(ChineseNumeral.TryParse(ChineseNumeral.Format(number), out var value));
            Assert.Equal(number, value);
        }

        Assert.Equal("三十四", ChineseNumeral.Format(34));
        Assert.Equal("一百零五", ChineseNumeral.Format(105));
        Assert.Equal("一千零五", ChineseNumeral.Format(1005));
    }
}

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("[bookmark: _Toc42160683][bookmark: _Toc42092378]（三）推进协同发展。", "（三）推进协同发展。")]
    [InlineData("[]{#_Toc42160683}（三）推进协同发展。", "（三）推进协同发展。")]
    [InlineData("\u3000一、强化顶层设计", "一、强化顶层设计")]
    [InlineData("持续开展 “剑网行动” ，强化管理", "持续开展“剑网行动”，强化管理")]
    [InlineData("组织实施５－１０个项目，１．开展", "组织实施5－10个项目，1．开展")]
    [InlineData("加強專利商標行政保護", "加强专利商标行政保护")]
    [InlineData("支持 5G 与 AI 产业", "支持5G与AI产业")]
    [InlineData("support IP finance", "support IP finance")]
    [InlineData("著作权登记", "著作权登记")]
    public void NormalizeLine_RemovesDebrisAndFoldsCharacters(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLine(raw));
    }

    [Fact]
    public void ToLines_DropsPageNumbersAndBlankLinesButKeepsLineNumbers()
    {
        var lines = TextNormalizer.ToLines("标题\n\n- 2 -\n正文一\n第 3 页 共 9 页\n  \n12\n正文二", out var dropped);

        Assert.Equal([(1, "标题"), (4, "正文一"), (8, "正文二")], lines.Select(line => (line.Number, line.Text)));
        Assert.Equal(3, dropped); // blank lines are not counted as debris
    }

    [Fact]
    public void TraditionalMap_IsOneStepAndLeavesTheSeedUnchanged()
    {
        Assert.True(TraditionalChineseMap.Count > 250);

        // No simplified result is itself a key, so one pass is enough and nothing is converted twice.
        foreach (var c in "万与专业东严个为丽举义习乡书争于产亿价众优会传伪体侦偿党关兴养内")
        {
            Assert.Equal(c, TraditionalChineseMap.ToSimplified(c));
        }

        var seed = File.ReadAllText(Fixtures.SeedPath);
        Assert.DoesNotContain(seed, c => TraditionalChineseMap.ToSimplified(c) != c);
    }
}

public sealed class TargetReaderTests
{
    [Theory]
    [InlineData("组织实施5-10个专利导航项目", TargetKind.Range, "5", "10", "个", "专利导航项目")]
    [InlineData("组织实施5～10个专利导航项目", TargetKind.Range, "5", "10", "个", "专利导航项目")]
    [InlineData("组织实施5至10个专利导航项目", TargetKind.Range, "5", "10", "个", "专利导航项目")]
    [InlineData("年度处理专利侵权纠纷案件100起以上", TargetKind.AtLeast, "100", null, "起", "处理专利侵权纠纷案件")]
    [InlineData("有效发明专利达到4.5万件", TargetKind.AtLeast, "4.5", null, "万件", "有效发明专利")]
    [InlineData("专利质押融资额突破30亿元", TargetKind.AtLeast, "30", null, "亿元", "专利质押融资额")]
    [InlineData("结案率不低于95％", TargetKind.AtLeast, "95", null, "%", "结案率")]
    [InlineData("培育示范企业50家左右", TargetKind.Approximately, "50", "50", "家", "培育示范企业")]
    [InlineData("审查周期控制在30个工作日以内", TargetKind.AtMost, null, "30", "个工作日", "审查周期")]
    [InlineData("举办培训3期", TargetKind.Exact, "3", "3", "期", "举办培训")]
    [InlineData("专利密集型产业增加值占比提高2个百分点", TargetKind.Exact, "2", "2", "个百分点", "专利密集型产业增加值占比")]
    public void Read_FindsFigureUnitAndSubject(string text, TargetKind kind, string? minimum, string? maximum, string unit, string subject)
    {
        var target = Assert.Single(TargetReader.Read(text));

        Assert.Equal(kind, target.Kind);
        Assert.Equal(minimum is null ? null : decimal.Parse(minimum, CultureInfo.InvariantCulture), target.Minimum);
        Assert.Equal(maximum is null ? null : decimal.Parse(maximum, CultureInfo.InvariantCulture), target.Maximum);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(subject, target.Subject);
    }

    [Theory]
    [InlineData("组织开展4.26知识产权宣传周等系列活动。")]
    [InlineData("落实《2020-2021年天津市强化知识产权保护推进计划》。")]
    [InlineData("编制2035年知识产权远景目标。")]
    [InlineData("公布第3批知识产权示范企业名单。")]
    [InlineData("持续增加驰名商标品牌数量。")]
    public void Read_IgnoresDatesYearsOrdinalsAndActions(string text)
    {
        Assert.Empty(TargetReader.Read(text));
    }

    [Theory]
    [InlineData("力争2021年办理作品登记的数量明显增长。", "2021年办理作品登记的数量")]
    [InlineData("专利侵权案件结案周期显著下降，", "专利侵权案件结案周期")]
    public void Read_FindsQualitativeTargets(string text, string subject)
    {
        var target = Assert.Single(TargetReader.Read(text));

        Assert.Equal(TargetKind.Qualitative, target.Kind);
        Assert.Null(target.Unit);
        Assert.Equal(subject, target.Subject);
    }
}

public sealed class ResponsibilityReaderTests
{
    [Theory]
    [InlineData("市知识产权局、市公安局按职责分工负责", "市知识产权局:Shared|市公安局:Shared")]
    [InlineData("责任单位：市知识产权局、市公安局、市商务局", "市知识产权局:Lead|市公安局:Co|市商务局:Co")]
    [InlineData("牵头单位：市知识产权局；配合单位：市公安局、天津海关", "市知识产权局:Lead|市公安局:Co|天津海关:Co")]
    [InlineData("市市场监管委牵头，市公安局、市商务局配合", "市市场监管委:Lead|市公安局:Co|市商务局:Co")]
    [InlineData("责任单位：市知识产权局牵头，市教委参与", "市知识产权局:Lead|市教委:Co")]
    [InlineData("天津海关负责", "天津海关:Lead")]
    [InlineData("责任单位：中国（天津）知识产权保护中心", "中国（天津）知识产权保护中心:Lead")]
    [InlineData("试行", "")]
    [InlineData("含港澳台地区", "")]
    [InlineData("2021—2025年", "")]
    [InlineData("企业自主负责", "")]
    public void ReadNote_DistinguishesLeadCoAndSharedUnits(string note, string expected)
    {
        var units = ResponsibilityReader.ReadNote(note);

        Assert.Equal(expected, string.Join('|', units.Select(unit => $"{unit.Name}:{unit.Role}")));
    }

    [Fact]
    public void ExtractBrackets_RemovesUnitNotesAndKeepsOtherBrackets()
    {
        var units = new List<ResponsibleUnit>();

        var text = ResponsibilityReader.ExtractBrackets("高标准建成中国（天津）知识产权保护中心（试行）。(责任单位：市知识产权局)", units);

        Assert.Equal("高标准建成中国（天津）知识产权保护中心（试行）。", text);
        Assert.Equal([new ResponsibleUnit("市知识产权局", UnitRole.Lead)], units);
    }
}
