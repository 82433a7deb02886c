using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Platform.Data;
using JinIp.Registries.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace JinIp.Registries.Tests;

/// <summary>Excel import through the API: good files land whole, bad files report each bad cell and save nothing.</summary>
public sealed class ImportTests(RegistriesWebFactory factory) : IClassFixture<RegistriesWebFactory>
{
    private const string Marks = "/api/v1/registries/well-known-marks";

    private static Dictionary<string, object?> Mark(string mark, string owner, object classes, string source = "行政认定", object? date = null, string? code = null) =>
        Workbook.Row(("商标", mark), ("权利人", owner), ("统一社会信用代码", code), ("尼斯分类", classes), ("认定途径", source), ("认定机关", "国家知识产权局"), ("认定日期", date ?? new DateTime(2020, 5, 18)));

    [Fact]
    public async Task GoodFile_AddsEveryRow_AgainChangesNothing_AndAChangedRowUpdatesItsRecord()
    {
        var office = await factory.ApiClientAsync("office");
        var file = Workbook.Build(
            Mark("津导入甲", "天津导入甲有限公司", "9；35", code: Validation.UnifiedSocialCreditCode.Complete("91120116MA05JX000")),
            Mark("津导入乙", "天津导入乙有限公司", 30, "司法认定", "2021-03-01"),
            Mark("津导入丙", "天津导入丙有限公司", "第43类", date: "2019年7月1日"));

        var first = await office.PostAsync($"{Marks}/import", Workbook.Upload(file));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var counts = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, counts.GetProperty("created").GetInt32());

        var found = await Search("津导入乙");
        var record = Assert.Single(found.GetProperty("records").EnumerateArray());
        Assert.Equal("30", record.GetProperty("values").GetProperty("niceClasses").GetString());
        Assert.Equal("2021-03-01", record.GetProperty("values").GetProperty("recognizedOn").GetString());
        Assert.Equal("司法认定", record.GetProperty("values").GetProperty("source").GetString());
        Assert.Equal("9,35", Assert.Single((await Search("津导入甲")).GetProperty("records").EnumerateArray()).GetProperty("values").GetProperty("niceClasses").GetString());

        var again = await (await office.PostAsync($"{Marks}/import", Workbook.Upload(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());

        var changed = Workbook.Build(Mark("津导入乙", "天津导入乙有限公司", 30, "司法认定", "2021-03-02"));
        var update = await (await office.PostAsync($"{Marks}/import", Workbook.Upload(changed))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, update.GetProperty("updated").GetInt32());
        var after = Assert.Single((await Search("津导入乙")).GetProperty("records").EnumerateArray());
        Assert.Equal("2021-03-02", after.GetProperty("values").GetProperty("recognizedOn").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries;
        Assert.Equal(3, await audit.CountAsync(a => a.Action == "registry.import" && a.SubjectType == "registry.well-known-marks"));
        var change = await audit.SingleAsync(a => a.Action == "registry.update" && a.SubjectId == after.GetProperty("id").GetString());
        Assert.Contains("2021-03-01", change.Before, StringComparison.Ordinal);
        Assert.Contains("2021-03-02", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRows_AreEachReportedWithRowColumnAndBothLanguages_AndNothingIsSaved()
    {
        var office = await factory.ApiClientAsync("office");
        var before = await CountAsync();
        var auditBefore = await AuditCountAsync();
        var file = Workbook.Build(
            Mark("津坏行一", "天津坏行一有限公司", 9),
            Mark("津坏行二", "天津坏行二有限公司", 46),
            Mark("津坏行三", "", 9),
            Mark("津坏行四", "天津坏行四有限公司", 9, "口头认定"),
            Mark("津坏行五", "天津坏行五有限公司", 9, date: "2021-02-30"),
            Mark("津坏行六", "天津坏行六有限公司", 9, code: "911201167000000000"),
            Mark("津坏行一", "天津坏行一有限公司", 9));

        var response = await office.PostAsync($"{Marks}/import", Workbook.Upload(file));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(r => (Row: r.GetProperty("row").GetInt32(), Column: r.GetProperty("column").GetString(), Zh: r.GetProperty("messageZh").GetString()!, En: r.GetProperty("messageEn").GetString()!))
            .ToList();
        Assert.Equal(
            [(3, "尼斯分类"), (4, "权利人"), (5, "认定途径"), (6, "认定日期"), (7, "统一社会信用代码"), (8, "商标")],
            rows.Select(r => (r.Row, r.Column)).ToList());
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Zh) || string.IsNullOrWhiteSpace(r.En)));
        Assert.Contains("46", rows[0].Zh, StringComparison.Ordinal);
        Assert.Contains("第 2 行", rows[5].Zh, StringComparison.Ordinal);
        Assert.Contains("row 2", rows[5].En, StringComparison.Ordinal);

        Assert.Equal(before, await CountAsync());
        Assert.Equal(auditBefore, await AuditCountAsync());
        Assert.Equal(0, (await Search("津坏行一")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownAndMissingColumns_AreReportedOnTheHeaderRow()
    {
        var office = await factory.ApiClientAsync("office");
        var file = Workbook.Build(Workbook.Row(("商标", "津缺列"), ("类别", "9")));
        var problem = await (await office.PostAsync($"{Marks}/import", Workbook.Upload(file))).Content.ReadFromJsonAsync<JsonElement>();
        var rows = problem.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(1, r.GetProperty("row").GetInt32()));
        var columns = rows.Select(r => r.GetProperty("column").GetString()).ToList();
        Assert.Contains("类别", columns);
        Assert.Contains("权利人", columns);
        Assert.Contains("尼斯分类", columns);
    }

    [Fact]
    public async Task AFileThatIsNotExcel_IsRefusedByName()
    {
        var office = await factory.ApiClientAsync("office");
        var response = await office.PostAsync($"{Marks}/import", Workbook.Upload("商标,权利人\n甲,乙"u8.ToArray(), "marks.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Producers_MustNameAGiThatExists_AndTheTemplateRoundTrips()
    {
        var office = await factory.ApiClientAsync("office");
        var template = await office.GetAsync("/api/v1/registries/gi-producers/template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        using var templateStream = new MemoryStream(await template.Content.ReadAsByteArrayAsync());
        var headers = ((IDictionary<string, object?>)MiniExcel.Query(templateStream).First()).Values.Select(v => v?.ToString()).ToList();
        Assert.Equal(["地理标志名称", "地理标志类别", "使用者", "统一社会信用代码", "所在区", "核准使用日期", "有效期至"], headers);

        var file = Workbook.Build(
            Workbook.Row(("地理标志名称", "小站稻"), ("地理标志类别", "地理标志保护产品"), ("使用者", "津南测试米业（测试）"), ("所在区", "津南"), ("核准使用日期", "2021-09-01")),
            Workbook.Row(("地理标志名称", "不存在的标志"), ("地理标志类别", "地理标志证明商标"), ("使用者", "某测试社（测试）"), ("所在区", "120116"), ("核准使用日期", "2021-09-01")));
        var refused = await (await office.PostAsync("/api/v1/registries/gi-producers/import", Workbook.Upload(file))).Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(refused.GetProperty("rows").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("地理标志名称", error.GetProperty("column").GetString());

        var good = Workbook.Build(Workbook.Row(("地理标志名称", "小站稻"), ("地理标志类别", "地理标志保护产品"), ("使用者", "津南测试米业（测试）"), ("所在区", "津南"), ("核准使用日期", "2021-09-01")));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync("/api/v1/registries/gi-producers/import", Workbook.Upload(good))).StatusCode);
        var anonymous = factory.Anonymous();
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/registries/gi-producers/records?q=" + Uri.EscapeDataString("津南测试米业"));
        var producer = Assert.Single(list.GetProperty("records").EnumerateArray());
        Assert.Equal("津南区", producer.GetProperty("values").GetProperty("district").GetString());
    }

    private async Task<JsonElement> Search(string q) =>
        await factory.Anonymous().GetFromJsonAsync<JsonElement>($"{Marks}/records?q={Uri.EscapeDataString(q)}");

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().WellKnownMarks.CountAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync(a => a.SubjectType == "registry.well-known-marks");
    }
}
