using System.Net;
using System.Text.RegularExpressions;
using JinIp.Protection.TypicalCases;

namespace JinIp.Web.Tests;

/// <summary>Protection insight pages through HTTP: the public typical cases (masked copy only), staff publication, analysis and platforms.</summary>
[Collection(SharedWebHost.Name)]
public sealed partial class ProtectionInsightPagesTests(JinIpWebFactory factory)
{
    // The demo typical case names a natural person, with an ID number and a mobile number, in its write-up.
    private const string Person = "王建国";
    private const string IdNumber = "120101198003151234";
    private const string Mobile = "13812345678";

    [Fact]
    public async Task AnonymousVisitor_SeesPublishedTypicalCase_MaskedOnly()
    {
        var anonymous = factory.Anonymous();
        var list = await anonymous.GetAsync("/Protection/TypicalCases");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listHtml = await list.Content.ReadAsStringAsync();
        var link = DetailLink().Match(listHtml);
        Assert.True(link.Success, "the public list links a published typical case");

        var detail = await anonymous.GetStringAsync(link.Value);
        Assert.Contains(PersonalDataMasker.MaskName(Person), detail, StringComparison.Ordinal);
        Assert.Contains("120101********1234", detail, StringComparison.Ordinal);
        Assert.Contains("138****5678", detail, StringComparison.Ordinal);
        foreach (var html in new[] { listHtml, detail })
        {
            Assert.DoesNotContain(Person, html, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, html, StringComparison.Ordinal);
            Assert.DoesNotContain(Mobile, html, StringComparison.Ordinal);
        }

        // The portal home links the list.
        Assert.Contains("href=\"/Protection/TypicalCases\"", await anonymous.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_Withdraws_ThenPublicPageIsGone_AndPublishesAgain_CourtMayNotPublish()
    {
        var office = await factory.SignedInAsync("office");
        var manage = await office.GetStringAsync("/Protection/TypicalCases/Manage");
        var edit = EditLink().Match(manage);
        Assert.True(edit.Success);
        var id = edit.Groups["id"].Value;
        var editPath = $"/Protection/TypicalCases/Edit/{id}";
        var editHtml = await office.GetStringAsync(editPath);
        Assert.True(editHtml.Contains("handler=Unpublish", StringComparison.Ordinal) || editHtml.Contains("handler=Publish", StringComparison.Ordinal), "the office sees the publish controls");
        var version = Version(editHtml);
        if (editHtml.Contains("handler=Unpublish", StringComparison.Ordinal))
        {
            var withdrawn = await JinIpWebFactory.PostFormAsync(office, editPath, new() { ["version"] = version }, "Unpublish");
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/Protection/TypicalCases/Detail/{id}")).StatusCode);
            editHtml = await office.GetStringAsync(editPath);
            version = Version(editHtml);
        }

        var court = await factory.SignedInAsync("court");
        var byCourt = await JinIpWebFactory.PostFormAsync(court, editPath, new() { ["version"] = version }, "Publish");
        Assert.NotEqual(HttpStatusCode.Redirect, byCourt.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/Protection/TypicalCases/Detail/{id}")).StatusCode);

        var published = await JinIpWebFactory.PostFormAsync(office, editPath, new() { ["version"] = version }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var detail = await factory.Anonymous().GetStringAsync($"/Protection/TypicalCases/Detail/{id}");
        Assert.DoesNotContain(Person, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insight_ShowsHotspotTables_AndStatisticsDownloadIsAWorkbook()
    {
        var office = await factory.SignedInAsync("office");
        var insight = await office.GetStringAsync("/Protection/Insight");
        Assert.Contains("data-testid=\"chart-right-table\"", insight, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-month-table\"", insight, StringComparison.Ordinal);
        Assert.Contains("/js/protection-insight.js", insight, StringComparison.Ordinal);

        var statistics = await office.GetStringAsync("/Protection/Insight/Statistics");
        Assert.Contains("data-testid=\"statistics-table\"", statistics, StringComparison.Ordinal);
        var excel = await office.GetAsync("/Protection/Insight/Statistics?handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Platforms_DistrictOfficeRecordsATakedown_BadInputShowsMessage_CourtCannotSeeIt()
    {
        var nankai = await factory.SignedInAsync("nankai");
        var created = await JinIpWebFactory.PostFormAsync(nankai, "/Protection/Platforms", new()
        {
            ["Input.Name"] = "南开测试平台" + Guid.NewGuid().ToString("N")[..6],
            ["Input.Operator"] = "天津南开测试网络科技有限公司",
            ["Input.Url"] = "https://nankai-test.example.cn",
            ["Input.CreditCode"] = "91120104MA05T00034",
            ["Input.DistrictCode"] = "120104",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, Regex.Match(await created.Content.ReadAsStringAsync(), "field-validation-error[^>]*>[^<]+|validation-summary-errors.{0,300}").Value);
        var path = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Protection/Platforms/Detail/", path, StringComparison.Ordinal);

        var bad = await JinIpWebFactory.PostFormAsync(nankai, path, new() { ["Takedown.Link"] = "not a link" }, "Takedown");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("text-danger", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var good = await JinIpWebFactory.PostFormAsync(nankai, path, new()
        {
            ["Takedown.Link"] = "https://nankai-test.example.cn/item/1",
            ["Takedown.RightType"] = "Trademark",
            ["Takedown.RightNumber"] = "第1234567号",
        }, "Takedown");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var page = await nankai.GetStringAsync(path);
        Assert.Contains("https://nankai-test.example.cn/item/1", page, StringComparison.Ordinal);
        Assert.Contains("handler=Removed", page, StringComparison.Ordinal);
        var list = await nankai.GetStringAsync("/Protection/Platforms");
        Assert.Contains("data-testid=\"platforms-table\"", list, StringComparison.Ordinal);
        Assert.Contains("南开测试平台", list, StringComparison.Ordinal);

        // A member unit sees only platforms it entered itself: not the district office's.
        var court = await factory.SignedInAsync("court");
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync(path)).StatusCode);
        Assert.DoesNotContain("id=\"new-platform\"", await court.GetStringAsync("/Protection/Platforms"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customs_OfficeRecordsASeizure_BadInputShowsMessage_DistrictOfficeSeesNoForms()
    {
        var office = await factory.SignedInAsync("office");
        var list = await office.GetStringAsync("/Protection/Customs?q=T2016-51234");
        var link = Regex.Match(list, @"/Protection/Customs/Detail/[0-9a-f-]{36}(?="">T2016-51234)");
        Assert.True(link.Success, "the registry links the recordation's page");
        var path = link.Value;

        var bad = await JinIpWebFactory.PostFormAsync(office, path, new() { ["Seizure.Port"] = "天津新港海关" }, "Seizure");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("field-validation-error", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var goods = "测试扣留货物" + Guid.NewGuid().ToString("N")[..6];
        var good = await JinIpWebFactory.PostFormAsync(office, path, new()
        {
            ["Seizure.SeizedOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Seizure.Port"] = "天津新港海关",
            ["Seizure.Goods"] = goods,
            ["Seizure.Quantity"] = "300",
            ["Seizure.DeclaredValue"] = "9000",
            ["Seizure.Consignor"] = "天津某某贸易有限公司",
            ["Seizure.Outcome"] = "Pending",
        }, "Seizure");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains(goods, await office.GetStringAsync(path), StringComparison.Ordinal);

        var nankai = await factory.SignedInAsync("nankai");
        var seen = await nankai.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.DoesNotContain("handler=Seizure", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Version(string html) => VersionField().Match(html).Groups["v"].Value;

    [GeneratedRegex(@"/Protection/TypicalCases/Detail/[0-9a-f-]{36}")]
    private static partial Regex DetailLink();

    [GeneratedRegex(@"/Protection/TypicalCases/Edit/(?<id>[0-9a-f-]{36})")]
    private static partial Regex EditLink();

    [GeneratedRegex(@"name=""version"" value=""(?<v>\d+)""")]
    private static partial Regex VersionField();
}
