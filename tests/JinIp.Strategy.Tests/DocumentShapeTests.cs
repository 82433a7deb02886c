using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Tests;

/// <summary>Plans other than the seed: other years, district level, numbered measures, traditional characters, debris.</summary>
public sealed class DocumentShapeTests
{
    private static PlanDocument ParseFixture(string name)
    {
        var result = PlanParser.ParseFile(Fixtures.PathOf(name));
        Assert.True(result.Succeeded, result.Error?.MessageEn);
        return result.Document;
    }

    private static PlanItem Item(PlanDocument plan, int number) => plan.Items.Single(item => item.Number == number);

    [Fact]
    public void OtherYear_AttachmentMarkerAndPageNumberAreSkipped()
    {
        var plan = ParseFixture("2022-tianjin-ip-work-points.txt");

        Assert.Equal("2022年天津市知识产权战略实施工作要点", plan.Title);
        Assert.Equal(2022, plan.Year);
        Assert.StartsWith("2022年是实施“十四五”规划", plan.Preamble, StringComparison.Ordinal);
        Assert.Equal([2, 3, 2], plan.Parts.Select(part => part.Items.Count));
        Assert.Equal(Enumerable.Range(1, 7), plan.Items.Select(item => item.Number));
        Assert.DoesNotContain(plan.Items, item => item.Body.Contains("- 2 -", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherYear_UnitsInBracketsAreReadWithTheirRoles()
    {
        var plan = ParseFixture("2022-tianjin-ip-work-points.txt");

        Assert.Equal([new ResponsibleUnit("市知识产权局", UnitRole.Lead)], Item(plan, 1).Units);
        Assert.Equal(
            [new ResponsibleUnit("市知识产权局", UnitRole.Shared), new ResponsibleUnit("各区人民政府", UnitRole.Shared)],
            Item(plan, 2).Units);
        Assert.Equal(
            [new ResponsibleUnit("市市场监管委", UnitRole.Lead), new ResponsibleUnit("市公安局", UnitRole.Co)],
            Item(plan, 3).Units);
        Assert.Equal(["市高级人民法院", "市人民检察院", "市公安局"], Item(plan, 4).Units.Select(unit => unit.Name));

        // The note is taken out of the measure text, which keeps its full stop.
        var measure = Assert.Single(Item(plan, 1).Measures);
        Assert.Equal("发挥市知识产权战略领导小组作用，定期召开成员单位联络员会议。", measure.Text);
        Assert.Equal([new ResponsibleUnit("市知识产权局", UnitRole.Lead)], measure.Units);
    }

    [Fact]
    public void OtherYear_NumericTargetsHaveKindsUnitsAndSubjects()
    {
        var plan = ParseFixture("2022-tianjin-ip-work-points.txt");

        var enforcement = Item(plan, 3).Targets;
        AssertTarget(enforcement[0], TargetKind.AtLeast, 100m, null, "起", "处理专利侵权纠纷案件");
        AssertTarget(enforcement[1], TargetKind.AtLeast, 300m, null, "件", "查处商标侵权假冒案件");

        AssertTarget(Item(plan, 4).Targets.Single(), TargetKind.AtMost, null, 90m, "天", "知识产权民事一审案件平均审理周期");

        var utilization = Item(plan, 6).Targets;
        Assert.Equal(3, utilization.Count);
        AssertTarget(utilization[0], TargetKind.Range, 5m, 10m, "个", "专利导航项目");
        AssertTarget(utilization[1], TargetKind.AtLeast, 20m, null, "亿元", "专利质押融资金额");
        AssertTarget(utilization[2], TargetKind.Approximately, 50m, 50m, "家", "新增知识产权优势企业");

        var quality = Item(plan, 7).Targets;
        AssertTarget(quality[0], TargetKind.AtLeast, 10.5m, null, "件", "每万人口高价值发明专利拥有量");
        AssertTarget(quality[1], TargetKind.AtLeast, 15m, null, "%", "有效发明专利拥有量");

        var customs = Item(plan, 5).Targets.Single();
        Assert.Equal(TargetKind.Qualitative, customs.Kind);
        Assert.Equal("海关知识产权备案企业数量", customs.Subject);
    }

    [Fact]
    public void DistrictPlan_NumberedMeasuresInAllThreeStyles()
    {
        var plan = ParseFixture("binhai-district-2021-plan.txt");

        Assert.Equal("滨海新区2021年知识产权工作实施方案", plan.Title);
        Assert.Equal(2021, plan.Year);
        Assert.Equal(4, plan.Items.Count());

        var patents = Item(plan, 1);
        Assert.Equal("培育高价值专利", patents.Headline);
        Assert.Equal(["1.", "2."], patents.Measures.Select(measure => measure.Label));
        Assert.StartsWith("实施高价值专利培育工程", patents.Measures[0].Text, StringComparison.Ordinal);

        var enforcement = Item(plan, 3);
        Assert.Equal(["（1）", "（2）", "（3）"], enforcement.Measures.Select(measure => measure.Label));

        var assistance = Item(plan, 4);
        Assert.Equal(["①", "②", "③"], assistance.Measures.Select(measure => measure.Label));
        Assert.Equal("建设区级知识产权维权援助工作站5-8家；", assistance.Measures[0].Text);
    }

    [Fact]
    public void DistrictPlan_UnitsPerMeasureAndOnTheirOwnLine()
    {
        var plan = ParseFixture("binhai-district-2021-plan.txt");

        var patents = Item(plan, 1);
        Assert.Equal(
            [new ResponsibleUnit("区市场监管局", UnitRole.Lead), new ResponsibleUnit("区科技局", UnitRole.Co)],
            patents.Measures[0].Units);
        Assert.Equal([new ResponsibleUnit("区市场监管局", UnitRole.Lead)], patents.Measures[1].Units);

        // 牵头单位：…；配合单位：… on a line of its own speaks for the whole item.
        Assert.Equal(
            [new ResponsibleUnit("区市场监管局", UnitRole.Lead), new ResponsibleUnit("区商务局", UnitRole.Co), new ResponsibleUnit("区农业农村委", UnitRole.Co)],
            Item(plan, 2).Units);
        Assert.All(Item(plan, 2).Measures, measure => Assert.Empty(measure.Units));

        Assert.Equal(
            [new ResponsibleUnit("区司法局", UnitRole.Lead), new ResponsibleUnit("区市场监管局", UnitRole.Co)],
            Item(plan, 4).Units);
    }

    [Fact]
    public void DistrictPlan_TargetsInNumberedMeasures()
    {
        var plan = ParseFixture("binhai-district-2021-plan.txt");

        AssertTarget(Item(plan, 1).Measures[0].Targets.Single(), TargetKind.AtLeast, 1200m, null, "件", "新增发明专利授权");
        AssertTarget(Item(plan, 1).Measures[1].Targets.Single(), TargetKind.Exact, 3m, 3m, "个", "专利导航项目");
        AssertTarget(Item(plan, 2).Measures[0].Targets.Single(), TargetKind.Exact, 4000m, 4000m, "件", "新增有效注册商标");
        Assert.Empty(Item(plan, 2).Measures[1].Targets);

        var enforcement = Item(plan, 3).Targets;
        AssertTarget(enforcement[0], TargetKind.AtLeast, 80m, null, "起", "办理侵权假冒案件");
        AssertTarget(enforcement[1], TargetKind.AtLeast, 100m, null, "%", "案件移送率");

        var assistance = Item(plan, 4).Targets;
        AssertTarget(assistance[0], TargetKind.Range, 5m, 8m, "家", "建设区级知识产权维权援助工作站");
        AssertTarget(assistance[1], TargetKind.Exact, 4m, 4m, "期", "举办培训");
        Assert.Equal(TargetKind.Qualitative, assistance[2].Kind);
        Assert.Equal("知识产权纠纷调解成功率", assistance[2].Subject);
    }

    [Fact]
    public void TraditionalCharacters_AreReadAsSimplified()
    {
        var plan = ParseFixture("heping-2023-traditional.txt");

        Assert.Equal("和平区2023年知识产权工作要点", plan.Title);
        Assert.Equal(2023, plan.Year);
        Assert.Equal(["加强知识产权保护", "促进知识产权运用"], plan.Parts.Select(part => part.Title));
        Assert.Equal(
            ["强化专利商标行政执法", "加强老字号品牌保护", "推动知识产权质押融资", "开展知识产权宣传培训"],
            plan.Items.Select(item => item.Headline));
        Assert.Equal([new ResponsibleUnit("和平区市场监管局", UnitRole.Lead)], Item(plan, 1).Units);
        AssertTarget(Item(plan, 1).Targets.Single(), TargetKind.AtLeast, 30m, null, "起", "办理专利侵权纠纷案件");
        AssertTarget(Item(plan, 3).Targets.Single(), TargetKind.AtLeast, 2m, null, "亿元", "质押融资金额");
    }

    [Fact]
    public void TraditionalCharacters_NormaliseToWhatOpenCcProduces()
    {
        // The reference file was converted by OpenCC (t2s); the compact table must agree on every line.
        var converted = TextNormalizer.ToLines(Fixtures.Read("heping-2023-traditional.txt"), out _).Select(line => line.Text);
        var expected = TextNormalizer.ToLines(Fixtures.Read("heping-2023-simplified-by-opencc.txt"), out _).Select(line => line.Text);
        Assert.Equal(expected, converted);
    }

    [Fact]
    public void BookmarkDebrisHalfWidthBracketsAndPageNumbers_AreHandled()
    {
        var plan = ParseFixture("nankai-2024-bookmark-debris.txt");

        Assert.Equal("2024年南开区知识产权工作安排", plan.Title);
        Assert.Equal(2024, plan.Year);
        Assert.Equal(2, plan.Parts.Count);
        Assert.Equal(["健全工作机制", "加强队伍建设", "支持高校专利转化", "建设知识产权服务集聚区"], plan.Items.Select(item => item.Headline));
        Assert.Equal("调整区知识产权工作领导小组，完善成员单位联络制度。", Item(plan, 1).Measures.Single().Text);
        Assert.Equal([new ResponsibleUnit("南开区市场监管局", UnitRole.Lead)], Item(plan, 1).Units);
        Assert.Equal(
            [new ResponsibleUnit("南开区科技局", UnitRole.Shared), new ResponsibleUnit("南开区市场监管局", UnitRole.Shared)],
            Item(plan, 3).Units);

        // Neither the page number "3" nor "第 2 页 共 2 页" ends up in an item.
        Assert.DoesNotContain(plan.Items, item => item.Body.Contains('页', StringComparison.Ordinal) || item.Body.EndsWith('3'));

        AssertTarget(Item(plan, 2).Targets.Single(), TargetKind.AtLeast, 200m, null, "人次", "培训人数");
        AssertTarget(Item(plan, 3).Targets.Single(), TargetKind.AtLeast, 20m, null, "项", "促成专利许可转让");
        var services = Item(plan, 4).Targets;
        AssertTarget(services[0], TargetKind.AtLeast, 5m, null, "家", "引进知识产权服务机构");
        AssertTarget(services[1], TargetKind.Exact, 10m, 10m, "%", "服务机构营业收入");
        Assert.Empty(ParseWarnings("nankai-2024-bookmark-debris.txt"));
    }

    private static IReadOnlyList<PlanWarning> ParseWarnings(string name) => PlanParser.ParseFile(Fixtures.PathOf(name)).Warnings;

    private static void AssertTarget(PlanTarget target, TargetKind kind, decimal? minimum, decimal? maximum, string unit, string subject)
    {
        Assert.Equal(kind, target.Kind);
        Assert.Equal(minimum, target.Minimum);
        Assert.Equal(maximum, target.Maximum);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(subject, target.Subject);
    }
}
