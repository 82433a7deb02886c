using System.Text.Json;
using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Tests;

/// <summary>The 2021 Tianjin plan, the document JinIP is built around.</summary>
public sealed class SeedPlanTests
{
    private static readonly PlanParseResult Result = PlanParser.ParseFile(Fixtures.SeedPath);

    private static PlanDocument Plan => Result.Succeeded ? Result.Document : throw new InvalidOperationException(Result.Error.MessageEn);

    private static PlanItem Item(int number) => Plan.Items.Single(item => item.Number == number);

    [Fact]
    public void Seed_ParsesWithoutWarnings()
    {
        Assert.True(Result.Succeeded);
        Assert.Empty(Result.Warnings);
    }

    [Fact]
    public void Seed_HasTitleYearAndPreamble()
    {
        Assert.Equal("2021年天津市知识产权战略实施工作要点", Plan.Title);
        Assert.Equal(2021, Plan.Year);
        Assert.StartsWith("2021年，是“十四五”的开局之年", Plan.Preamble, StringComparison.Ordinal);
        Assert.EndsWith("促进天津经济社会高质量发展。", Plan.Preamble, StringComparison.Ordinal);
        Assert.DoesNotContain("bookmark", Plan.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_HasSixPartsWithTheirTitlesAndItemCounts()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], Plan.Parts.Select(part => part.Number!.Value));
        Assert.Equal(["一", "二", "三", "四", "五", "六"], Plan.Parts.Select(part => part.Numeral));
        Assert.Equal([5, 11, 5, 6, 3, 4], Plan.Parts.Select(part => part.Items.Count));
        Assert.Equal("强化顶层设计，深入实施知识产权战略", Plan.Parts[0].Title);
        Assert.Equal("大力弘扬知识产权文化，夯实知识产权事业基础", Plan.Parts[5].Title);
    }

    [Fact]
    public void Seed_HasThirtyFourItemsNumberedOneToThirtyFourAcrossParts()
    {
        var items = Plan.Items.ToList();
        Assert.Equal(34, items.Count);
        Assert.Equal(Enumerable.Range(1, 34), items.Select(item => item.Number));
        Assert.Equal("一", items[0].Numeral);
        Assert.Equal("十", items[9].Numeral);
        Assert.Equal("十一", items[10].Numeral);
        Assert.Equal("二十", items[19].Numeral);
        Assert.Equal("三十四", items[33].Numeral);
    }

    [Theory]
    [InlineData(1, "制定实施知识产权“十四五”规划和2035年知识产权远景目标")]
    [InlineData(3, "推进京津冀知识产权协同发展")]
    [InlineData(7, "加强专利商标行政保护")]
    [InlineData(13, "充分履行审查逮捕、审查起诉、法律监督等职能")]
    [InlineData(18, "专利导航支撑产业发展")]
    [InlineData(24, "深化作品版权登记工作")]
    [InlineData(29, "完善知识产权公共服务")]
    [InlineData(34, "加强知识产权文化建设")]
    public void Seed_HeadlinesAreTheFirstSentenceAsWritten(int number, string headline)
    {
        Assert.Equal(headline, Item(number).Headline);
    }

    [Fact]
    public void Seed_ItemBodyIsTheTextAfterTheHeadline()
    {
        var item = Item(7);
        Assert.StartsWith("推进落实《2020-2021年天津市强化知识产权保护推进计划》", item.Body, StringComparison.Ordinal);
        Assert.EndsWith("高标准建成中国（天津）知识产权保护中心。", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_MeasuresAreOnePerSentence()
    {
        var measures = Item(7).Measures;
        Assert.Equal(4, measures.Count);
        Assert.Equal("加强专利纠纷调解工作。", measures[1].Text);
        Assert.Equal([1, 2, 3, 4], measures.Select(measure => measure.Sequence));
        Assert.All(Plan.Items, item => Assert.NotEmpty(item.Measures));
    }

    [Fact]
    public void Seed_BookmarkDebrisAndStraySpacesAreRemoved()
    {
        Assert.Equal("推进京津冀知识产权协同发展", Item(3).Headline);
        Assert.StartsWith("持续开展“剑网行动”，强化分类管理", Item(11).Measures[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Plan.Items, item => item.Body.Contains("_Toc", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_NavigationProjectsAreARangeTarget()
    {
        var target = Assert.Single(Item(18).Targets);
        Assert.Equal(TargetKind.Range, target.Kind);
        Assert.Equal(5m, target.Minimum);
        Assert.Equal(10m, target.Maximum);
        Assert.Equal("个", target.Unit);
        Assert.Equal("专利导航项目", target.Subject);
    }

    [Fact]
    public void Seed_CopyrightRegistrationGrowthIsAQualitativeTarget()
    {
        var target = Assert.Single(Item(24).Targets);
        Assert.Equal(TargetKind.Qualitative, target.Kind);
        Assert.Null(target.Minimum);
        Assert.Equal("2021年办理作品登记的数量", target.Subject);
    }

    [Fact]
    public void Seed_DatesAndYearsAreNotTargets()
    {
        // 4.26知识产权宣传周 and 2035年 are a date and a year, not figures to reach.
        Assert.Empty(Item(34).Targets);
        Assert.Empty(Item(1).Targets);
    }

    [Fact]
    public void Seed_JsonKeepsChineseReadableAndHasTheRequestedShape()
    {
        var json = PlanJson.Serialize(Plan);
        Assert.Contains("\"headline\": \"加强专利商标行政保护\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("2021年天津市知识产权战略实施工作要点", root.GetProperty("title").GetString());
        Assert.Equal(2021, root.GetProperty("year").GetInt32());
        var parts = root.GetProperty("parts");
        Assert.Equal(6, parts.GetArrayLength());
        Assert.Equal(34, parts.EnumerateArray().Sum(part => part.GetProperty("items").GetArrayLength()));

        var item18 = parts[2].GetProperty("items")[1];
        Assert.Equal(18, item18.GetProperty("number").GetInt32());
        foreach (var property in new[] { "headline", "body", "measures", "units", "targets" })
        {
            Assert.True(item18.TryGetProperty(property, out _), property);
        }

        var target = item18.GetProperty("targets")[0];
        Assert.Equal("range", target.GetProperty("kind").GetString());
        Assert.Equal(5, target.GetProperty("minimum").GetDecimal());
        Assert.Equal(10, target.GetProperty("maximum").GetDecimal());
    }

    [Fact]
    public void Seed_ResultJsonReportsSuccessAndWarnings()
    {
        using var parsed = JsonDocument.Parse(PlanJson.Serialize(Result));
        Assert.True(parsed.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(6, parsed.RootElement.GetProperty("plan").GetProperty("parts").GetArrayLength());
        Assert.Equal(0, parsed.RootElement.GetProperty("warnings").GetArrayLength());
    }
}
