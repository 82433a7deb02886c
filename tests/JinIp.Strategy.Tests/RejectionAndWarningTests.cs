using System.Text;
using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Tests;

/// <summary>Documents that are not plans are refused whole; suspicious plans import with warnings.</summary>
public sealed class RejectionAndWarningTests
{
    [Fact]
    public void NewsArticle_IsRejectedAsNotAPlan()
    {
        var result = PlanParser.ParseFile(Fixtures.PathOf("news-article.txt"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Assert.Equal("not-a-plan", result.Error.Code);
        Assert.Contains("不是一份工作计划", result.Error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("not a work plan", result.Error.MessageEn, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\u3000\n")]
    [InlineData("[bookmark: _GoBack]\n[bookmark: _Toc42160683]\n- 1 -\n")]
    public void EmptyDocument_IsRejectedAsEmpty(string text)
    {
        var result = PlanParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.Equal("empty", result.Error.Code);
        Assert.Equal("文件为空，没有可导入的内容。", result.Error.MessageZh);
    }

    [Fact]
    public void RandomText_IsRejectedAsNotAPlan()
    {
        var random = new Random(20210426);
        const string characters = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append(characters[random.Next(characters.Length)]);
            if (i % 97 == 96)
            {
                text.Append('\n');
            }
        }

        var result = PlanParser.Parse(text.ToString());

        Assert.False(result.Succeeded);
        Assert.Equal("not-a-plan", result.Error.Code);
    }

    [Fact]
    public void ArticleWithOneNumberedLine_IsRejectedNotHalfParsed()
    {
        var text = "天津召开知识产权工作会议\n会议指出，要持续加强保护。\n（一）加强保护。会议要求各单位抓好落实。\n会议最后进行了总结。";

        var result = PlanParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Assert.Contains("1", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryContent_IsRejectedAsUnreadable()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = PlanParser.Parse(new MemoryStream(bytes), "upload.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("unreadable", result.Error.Code);
    }

    [Fact]
    public void LegacyWordFile_IsRejectedWithAHowToFix()
    {
        byte[] legacy = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = PlanParser.Parse(new MemoryStream(legacy), "工作要点.doc");

        Assert.Equal("unsupported-format", result.Error!.Code);
        Assert.Contains(".docx", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedDocx_IsRejectedAsUnreadable()
    {
        byte[] truncatedZip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00];

        var result = PlanParser.Parse(new MemoryStream(truncatedZip), "plan.docx");

        Assert.Equal("unreadable", result.Error!.Code);
    }

    [Fact]
    public void ErrorResult_SerialisesWithBothLanguages()
    {
        var json = PlanJson.Serialize(PlanParser.Parse(string.Empty));

        Assert.Contains("\"succeeded\": false", json, StringComparison.Ordinal);
        Assert.Contains("文件为空", json, StringComparison.Ordinal);
        Assert.Contains("The document is empty", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"plan\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberingGap_DuplicateAndEmptyItem_AreWarnedButImported()
    {
        var text = """
            2025年测试区知识产权工作要点
            一、加强保护
            （一）加强行政执法。开展专项行动。
            （二）加强司法保护。发挥审判职能。
            （四）加强海关保护。开展龙腾行动。
            （四）加强版权保护。开展剑网行动。
            （五）加强宣传。
            三、促进运用
            （六）推进专利转化。实施专利转化专项计划。
            """;

        var result = PlanParser.Parse(text);

        Assert.True(result.Succeeded);
        Assert.Equal(6, result.Document.Items.Count());
        var codes = result.Warnings.Select(warning => (warning.Code, warning.Line)).ToList();
        Assert.Contains(("numbering-gap", 5), codes);
        Assert.Contains(("duplicate-number", 6), codes);
        Assert.Contains(("item-without-measures", 7), codes);
        Assert.Contains(("numbering-gap", 8), codes);
        Assert.All(result.Warnings, warning =>
        {
            Assert.False(string.IsNullOrWhiteSpace(warning.MessageZh));
            Assert.False(string.IsNullOrWhiteSpace(warning.MessageEn));
        });
        Assert.Contains(result.Warnings, warning => warning.MessageZh == "编号不连续：应为第三项，实际为第四项。");
    }

    [Fact]
    public void MeasureNumberingGap_IsWarned()
    {
        var text = "2025年工作要点\n（一）加强保护。\n1.开展专项行动。\n3.加强执法协作。\n（二）促进运用。\n1.推进专利转化。";

        var result = PlanParser.Parse(text);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("measure-numbering-gap", warning.Code);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void ItemsRestartingInEachPart_AreNotAGap()
    {
        var text = "2025年工作要点\n一、保护\n（一）加强执法。开展行动。\n（二）加强司法。发挥职能。\n二、运用\n（一）推进转化。实施计划。\n（二）促进金融。开展质押。";

        var result = PlanParser.Parse(text);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.Equal([1, 2, 1, 2], result.Document.Items.Select(item => item.Number));
    }

    [Fact]
    public void PlanWithOnlyPartHeadings_ReadsThemAsItems()
    {
        var text = "2025年河西区知识产权工作安排\n一、加强知识产权保护。\n1.开展专项执法行动。\n2.办理案件50起以上。\n二、促进知识产权运用。\n1.推动专利质押融资。";

        var result = PlanParser.Parse(text);

        Assert.True(result.Succeeded);
        var part = Assert.Single(result.Document.Parts);
        Assert.Null(part.Number);
        Assert.Equal(["加强知识产权保护", "促进知识产权运用"], part.Items.Select(item => item.Headline));
        Assert.Equal(2, part.Items[0].Measures.Count);
        Assert.Contains(result.Warnings, warning => warning.Code == "parts-read-as-items");
    }

    [Fact]
    public void PlanWithoutTitleYear_IsImportedWithWarnings()
    {
        var text = "为做好今年工作，制定本要点。\n（一）加强保护。开展行动。\n（二）促进运用。推进转化。";

        var result = PlanParser.Parse(text);

        Assert.True(result.Succeeded);
        Assert.Equal(string.Empty, result.Document.Title);
        Assert.Null(result.Document.Year);
        Assert.Equal(["title-missing", "year-missing"], result.Warnings.Select(warning => warning.Code).Order(StringComparer.Ordinal));
    }
}
