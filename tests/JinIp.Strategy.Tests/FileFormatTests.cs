using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JinIp.Strategy.PlanImport;
using Xunit.Abstractions;

namespace JinIp.Strategy.Tests;

/// <summary>Word documents, GBK text and the speed of a long plan.</summary>
public sealed class FileFormatTests(ITestOutputHelper output)
{
    [Fact]
    public void Docx_WithTypedNumbers_ParsesLikeText()
    {
        var docx = BuildDocx(body =>
        {
            body.Append(Paragraph("2022年天津市知识产权战略实施工作要点"));
            body.Append(BookmarkedParagraph("一、强化知识产权保护"));
            body.Append(Paragraph("（一）加强专利商标行政保护。", "开展专项行动，年度处理专利侵权纠纷案件100起以上。（市知识产权局、市公安局按职责分工负责）"));
            body.Append(Paragraph("（二）加大版权保护力度。开展“剑网”专项行动。"));
            body.Append(Paragraph("二、促进知识产权运用"));
            body.Append(Paragraph("（三）专利导航支撑产业发展。组织实施5-10个专利导航项目。"));
        });

        var result = PlanParser.Parse(docx, "要点.docx");

        Assert.True(result.Succeeded, result.Error?.MessageEn);
        var plan = result.Document;
        Assert.Equal("2022年天津市知识产权战略实施工作要点", plan.Title);
        Assert.Equal(2, plan.Parts.Count);
        Assert.Equal(["加强专利商标行政保护", "加大版权保护力度", "专利导航支撑产业发展"], plan.Items.Select(item => item.Headline));
        var first = plan.Items.First();
        Assert.Equal([new ResponsibleUnit("市知识产权局", UnitRole.Shared), new ResponsibleUnit("市公安局", UnitRole.Shared)], first.Units);
        Assert.Equal(TargetKind.AtLeast, first.Targets.Single().Kind);
        Assert.Equal(100m, first.Targets.Single().Minimum);
    }

    [Fact]
    public void Docx_WithWordListNumbering_RendersTheNumbersIntoTheText()
    {
        var docx = BuildDocx(body =>
        {
            body.Append(Paragraph("2023年天津市知识产权战略实施工作要点"));
            body.Append(Numbered(0, "强化顶层设计"));
            body.Append(Numbered(1, "推进知识产权强区建设。完善考核指标。"));
            body.Append(Numbered(1, "深化滨海新区龙头带动作用。推进示范城区建设。"));
            body.Append(Numbered(0, "加强知识产权保护"));
            body.Append(Numbered(1, "加大海关知识产权保护力度。开展专项行动。"));
            body.Append(Numbered(2, "开展龙腾行动。"));
            body.Append(Numbered(2, "加强执法协作。"));
            body.Append(Numbered(1, "加强网络版权监管。开展剑网行动。"));
            body.Append(Numbered(2, "加强平台监管。"));
        }, withNumbering: true);

        var result = PlanParser.ParseDocx(docx);

        Assert.True(result.Succeeded, result.Error?.MessageEn);
        var plan = result.Document;
        Assert.Equal(["一", "二"], plan.Parts.Select(part => part.Numeral));
        Assert.Equal(["强化顶层设计", "加强知识产权保护"], plan.Parts.Select(part => part.Title));

        // Items run on across parts because their level is defined with lvlRestart 0; measures restart under each item.
        Assert.Equal([1, 2, 3, 4], plan.Items.Select(item => item.Number));
        Assert.Equal("1.", plan.Items.Last().Measures[^1].Label);
        var customs = plan.Items.ElementAt(2);
        Assert.Equal("加大海关知识产权保护力度", customs.Headline);
        Assert.Equal(["1.", "2."], customs.Measures.Where(measure => measure.Label is not null).Select(measure => measure.Label));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void GbkEncodedText_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Fixtures.Read("2022-tianjin-ip-work-points.txt"));

        var result = PlanParser.Parse(new MemoryStream(bytes), "2022.txt");

        Assert.True(result.Succeeded, result.Error?.MessageEn);
        Assert.Equal("2022年天津市知识产权战略实施工作要点", result.Document.Title);
        Assert.Equal(7, result.Document.Items.Count());
    }

    [Fact]
    public void Utf8WithByteOrderMarkAndWindowsLineEnds_ReportsEditorLineNumbers()
    {
        var text = "2025年工作要点\r\n（一）加强保护。开展行动。\r\n\r\n（三）促进运用。推进转化。\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = PlanParser.Parse(new MemoryStream(bytes), "plan.txt");

        Assert.True(result.Succeeded);
        Assert.Equal("2025年工作要点", result.Document.Title);
        Assert.Equal(4, Assert.Single(result.Warnings).Line);
    }

    [Fact]
    public void TwoHundredItemPlan_ParsesInWellUnderOneSecond()
    {
        var text = GeneratePlan(parts: 10, itemsPerPart: 20);
        PlanParser.Parse("2025年工作要点\n（一）预热。开展。\n（二）预热。开展。"); // JIT and regex construction are not the parser's speed.

        var stopwatch = Stopwatch.StartNew();
        var result = PlanParser.Parse(text);
        stopwatch.Stop();

        output.WriteLine($"200-item plan ({text.Length:N0} characters) parsed in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        Assert.True(result.Succeeded);
        Assert.Equal(200, result.Document.Items.Count());
        Assert.Equal(Enumerable.Range(1, 200), result.Document.Items.Select(item => item.Number));
        Assert.Equal("二百", result.Document.Items.Last().Numeral);
        Assert.Empty(result.Warnings);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    internal static string GeneratePlan(int parts, int itemsPerPart)
    {
        var text = new StringBuilder("2025年天津市知识产权战略实施工作要点\n为全面加强知识产权工作，制定本要点。\n");
        var item = 0;
        for (var part = 1; part <= parts; part++)
        {
            text.Append(ChineseNumeral.Format(part)).Append("、第").Append(part).Append("部分重点任务\n");
            for (var i = 0; i < itemsPerPart; i++)
            {
                item++;
                text.Append('（').Append(ChineseNumeral.Format(item)).Append("）推进第").Append(item).Append("项重点工作。")
                    .Append("组织实施").Append(item % 7 + 1).Append('-').Append(item % 7 + 5).Append("个专利导航项目，年度处理案件")
                    .Append(item * 3).Append("起以上。持续开展“剑网”专项行动，力争作品登记数量明显增长。")
                    .Append("（市知识产权局、市公安局按职责分工负责）\n")
                    .Append("1.加强执法协作，办理案件不少于").Append(item).Append("件；\n")
                    .Append("2.开展培训").Append(item % 4 + 1).Append("期。（责任单位：市版权局、市教委）\n");
            }
        }

        return text.ToString();
    }

    private static MemoryStream BuildDocx(Action<Body> fill, bool withNumbering = false)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            if (withNumbering)
            {
                var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
                numberingPart.Numbering = new Numbering(
                    new AbstractNum(
                        Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                        Level(1, NumberFormatValues.ChineseCounting, "（%2）", restartAfterHigherLevel: false),
                        Level(2, NumberFormatValues.Decimal, "%3."))
                    { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
            }

            fill(main.Document.Body!);
            main.Document.Save();
        }

        stream.Position = 0;
        return stream;
    }

    private static Level Level(int index, NumberFormatValues format, string text, bool restartAfterHigherLevel = true)
    {
        var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }) { LevelIndex = index };
        if (!restartAfterHigherLevel)
        {
            level.Append(new LevelRestart { Val = 0 });
        }

        level.Append(new LevelText { Val = text });
        return level;
    }

    private static Paragraph Paragraph(params string[] runs) => new(runs.Select(run => new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve })));

    private static Paragraph BookmarkedParagraph(string text) =>
        new(new BookmarkStart { Id = "0", Name = "_Toc42160683" }, new Run(new Text(text)), new BookmarkEnd { Id = "0" });

    private static Paragraph Numbered(int level, string text) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 })),
            new Run(new Text(text)));
}
