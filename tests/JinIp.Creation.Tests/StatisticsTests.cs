using JinIp.Creation.Registrations;
using JinIp.Creation.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Creation.Tests;

public sealed class StatisticsTests(CreationFixture fixture) : IClassFixture<CreationFixture>
{
    [Fact]
    public async Task ThisYear_IsComparedWithTheSamePeriodOfLastYear_ByMonthTypeAndDistrict()
    {
        // March 2021: two works registered (A's in 南开区, B's in 滨海新区).
        foreach (var (applicant, title, type) in new[] { (fixture.ApplicantA, "统计一", WorkType.Music), (fixture.ApplicantB, "统计二", WorkType.Written) })
        {
            var review = await fixture.InReviewAsync(applicant, title, type);
            await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Register, review.Version, null));
        }

        // February 2022: one more, and one filing still open.
        fixture.Clock.Advance(TimeSpan.FromDays(351));
        var next = await fixture.InReviewAsync(fixture.ApplicantA, "统计三", WorkType.Music);
        await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, next.Id, RegistrationActions.Register, next.Version, null));
        await fixture.SubmittedAsync(fixture.ApplicantB, "统计四");

        await using var scope = fixture.Scope();
        var statistics = scope.ServiceProvider.GetRequiredService<CopyrightStatistics>();
        var current = await statistics.ComputeAsync(2022, chinese: true);
        Assert.Equal(2, current.ThroughMonth);
        Assert.Equal(["1月", "2月"], current.ByMonth.Select(m => m.Label));
        Assert.Equal(1, current.RegisteredThisYear);
        Assert.Equal(0, current.RegisteredLastYear); // last year's March is outside January–February
        Assert.Equal(2, current.FiledThisYear);
        Assert.Equal(0, current.FiledLastYear);

        var past = await statistics.ComputeAsync(2021, chinese: false);
        Assert.Equal(12, past.ThroughMonth);
        Assert.Equal(2, past.ByMonth.Single(m => m.Key == "03").ThisYear);
        Assert.Equal(1, past.ByType.Single(t => t.Key == nameof(WorkType.Music)).ThisYear);
        Assert.Equal(1, past.ByDistrict.Single(d => d.Key == "120116").ThisYear);
        Assert.Equal(1, past.ByDistrict.Single(d => d.Key == "120104").ThisYear);
        Assert.Equal(15, past.ByType.Count);
        Assert.Equal(16, past.ByDistrict.Count);

        var row = new ComparisonRow("x", "x", 3, 2);
        Assert.Equal(50.0, row.GrowthPercent);
        Assert.Null(new ComparisonRow("x", "x", 3, 0).GrowthPercent);

        var workbook = CopyrightStatistics.ToExcel(past, chinese: true);
        Assert.True(workbook.AsSpan().StartsWith("PK"u8));
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: "按月").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal(2.0, Convert.ToDouble(rows[2]["2021年"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
