using JinIp.PatentSearch.Import;
using JinIp.PatentSearch.Records;
using MiniExcelLibs;

namespace JinIp.PatentSearch.Tests.Import;

public class PatentFileReaderTests
{
    [Fact]
    public void Read_RealTitleIpcCsv_ImportsAllRowsWithTypeFromKindCode()
    {
        var rows = PatentFileReader.Read(SharedData.Patents("cn_pubno_title_ipc_9740.csv")).ToList();

        Assert.Equal(9_740, rows.Count);
        Assert.All(rows, r => Assert.False(r.IsRejected));
        var first = rows[0].Record!;
        Assert.Equal("CN114081026A", first.Key);
        Assert.Equal(PatentType.Invention, first.Type);
        Assert.Equal(["A01M", "G06F", "H02G"], first.Ipcs.Select(c => c.Code));
        Assert.Equal(4_520, rows.Count(r => r.Record!.Type == PatentType.UtilityModel));
    }

    [Fact]
    public void Read_RealKpPatentJsonl_RejectsRowsWithoutNumberOrTitle()
    {
        var rows = PatentFileReader.Read(SharedData.Patents("kppatent_zh_abstracts_claims.jsonl")).ToList();

        Assert.Equal(3_720, rows.Count);

        // SOURCES.md: 667 rows carry a publication number; 3 of those have no title, so 664 import.
        Assert.Equal(664, rows.Count(r => !r.IsRejected));
        Assert.Equal(3, rows.Count(r => r.IsRejected && r.Issues.Any(i => i.Field == "title") && r.Issues.All(i => i.Field != "application_number")));
        var rejected = rows.First(r => r.IsRejected);
        var issue = rejected.Issues.First(i => i.Rejects);
        Assert.True(issue.Line > 0);
        Assert.False(string.IsNullOrEmpty(issue.MessageZh));
        Assert.False(string.IsNullOrEmpty(issue.MessageEn));
    }

    [Fact]
    public void Read_RealCpcJsonl_KeepsIpcCompatibleCodesAndWarnsOnOthers()
    {
        var rows = PatentFileReader.Read(SharedData.Patents("cn_g06f_pubno_title_abstract_cpc_57.jsonl")).ToList();

        Assert.Equal(57, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.Record));
        Assert.All(rows, r => Assert.All(r.Record!.Ipcs, c => Assert.InRange(c.Section[0], 'A', 'H')));
        Assert.Contains(rows, r => r.Record!.Ipcs.Any(c => c.Code == "G06F16/3329"));
    }

    [Fact]
    public void Read_DefaultProfileCsvWithChineseHeaders_ValidatesEachRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jinip-import-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            申请号,名称,申请人,发明人,申请日,分类号,地址,法律状态
            201710117081.7,一种锂电池,天津大学;天津力神电池股份有限公司,张伟;李娜,2017-03-01,H01M 10/0525;H01M 4/58,天津市南开区卫津路92号,有效
            201710117081.6,校验位错误,某公司,,2017-03-01,,,
            ,没有号码,某公司,,2017-03-01,,,
            202120123456.1,,某公司,,2021-01-01,,,
            """);
        try
        {
            var rows = PatentFileReader.Read(path).ToList();

            var ok = rows[0].Record!;
            Assert.Equal(2, rows[0].Line);
            Assert.Equal("201710117081.7", ok.Key);
            Assert.Equal([ApplicantType.University, ApplicantType.Enterprise], ok.Applicants.Select(a => a.Type));
            Assert.Equal("120104", ok.Region!.District);
            Assert.Equal(LegalStatus.Valid, ok.LegalStatus);
            Assert.Equal("H01M10/0525", ok.MainIpc!.Value.Code);
            Assert.Equal([3, 4, 5], rows.Where(r => r.IsRejected).Select(r => r.Line));
            Assert.Equal("application_number", rows[1].Issues[0].Field);
            Assert.Contains("校验位", rows[1].Issues[0].MessageZh, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_ExcelWorkbook_ImportsRows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jinip-import-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object> { ["公开号"] = "CN111504366B", ["名称"] = "基于人工智能的计量方法", ["申请日"] = new DateTime(2020, 4, 30) },
            new Dictionary<string, object> { ["公开号"] = "bad", ["名称"] = "x", ["申请日"] = new DateTime(2020, 4, 30) },
        });
        try
        {
            var rows = PatentFileReader.Read(path).ToList();

            Assert.Equal(new DateOnly(2020, 4, 30), rows[0].Record!.ApplicationDate);
            Assert.Equal(LegalStatus.Valid, rows[0].Record!.LegalStatus);
            Assert.True(rows[1].IsRejected);
            Assert.Equal(3, rows[1].Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
