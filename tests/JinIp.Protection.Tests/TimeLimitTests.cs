using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;

namespace JinIp.Protection.Tests;

public sealed class TimeLimitTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    private static readonly DateOnly Monday = new(2021, 3, 1);

    [Fact]
    public async Task PatentDispute_RunsSixtyWorkingDaysFromFiling_OnTheComplexTrack()
    {
        var rules = CaseRules.LoadEmbedded();
        var c = await fixture.OpenAsync(fixture.Office, CaseType.PatentInfringementDispute, "期限测试一", "ZL202110000001.1", technical: 3);
        Assert.Equal(CaseComplexity.Complex, c.Complexity);
        Assert.Equal(60, rules.TimeLimitFor(CaseType.PatentInfringementDispute).WorkingDays);
        Assert.Equal(WorkingCalendar.Default.AddWorkingDays(Monday, 60), c.DueDate);
        Assert.Equal(60, c.WorkingDaysLeft);
        Assert.Contains("专利行政执法办法", c.TimeLimit.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PenaltyCase_OnTheSimpleTrack_HasTheShorterTarget()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "期限测试二", volume: 1000);
        Assert.Equal(CaseComplexity.Simple, c.Complexity);
        Assert.Equal(WorkingCalendar.Default.AddWorkingDays(Monday, 30), c.DueDate);
    }

    [Fact]
    public async Task Extensions_AreRecorded_AndLimitedToTheRulesMaximum()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.PatentInfringementDispute, "期限测试三", "ZL202110000003.3", technical: 2);
        var due = c.DueDate!.Value;
        c = await fixture.CasesAsync(s => s.ExtendAsync(fixture.Office, c.Id, c.Version, 15, "需技术鉴定，经局长批准"));
        Assert.Equal(WorkingCalendar.Default.AddWorkingDays(due, 15), c.DueDate);
        Assert.Equal(15, c.ExtendedWorkingDays);
        var extension = Assert.Single(c.Extensions);
        Assert.Equal(due, extension.DueDateBefore);
        Assert.Equal("office", extension.ApprovedBy);

        var tooLong = await Assert.ThrowsAsync<ValidationException>(() => fixture.CasesAsync(s => s.ExtendAsync(fixture.Office, c.Id, c.Version, 6, "再次延长")));
        Assert.Contains("20", tooLong.Errors.Single().MessageZh, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ValidationException>(() => fixture.CasesAsync(s => s.ExtendAsync(fixture.Office, c.Id, c.Version, 5, " ")));
        c = await fixture.CasesAsync(s => s.ExtendAsync(fixture.Office, c.Id, c.Version, 5, "再次延长，经批准"));
        Assert.Equal(0, c.ExtensionWorkingDaysLeft);
    }

    [Fact]
    public async Task ACase_PastItsDueDate_IsOverdue_OnTheFakeClock()
    {
        await using var own = new ProtectionFixture();
        await own.InitializeAsync();
        var c = await own.OpenAsync(own.Office, CaseType.OnlineTakedown, "期限测试四");
        Assert.False(c.Overdue);
        var due = c.DueDate!.Value;
        own.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        c = await own.CasesAsync(s => s.GetAsync(own.Office, c.Id));
        Assert.True(c.Overdue);
        Assert.True(c.WorkingDaysLeft <= 0);
        var overdue = await own.CasesAsync(s => s.ListAsync(own.Office, new CaseFilter { OverdueOnly = true }));
        Assert.Contains(overdue, x => x.Id == c.Id);
        await own.DisposeAsync();
    }

    [Fact]
    public async Task TheDecision_StopsTheClock()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.CounterfeitPatentMarking, "期限测试五", "ZL202120000005.5");
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Hear);
        Assert.NotNull(c.DueDate);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Decide, i => i.DecisionText = "责令改正并罚款");
        Assert.Null(c.DueDate);
        Assert.False(c.Overdue);
    }
}
