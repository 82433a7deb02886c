using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;

namespace JinIp.Protection.Tests;

public sealed class TriageTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    private readonly CaseRules _rules = CaseRules.LoadEmbedded();

    [Theory]
    [InlineData(500_000, 2, 0, CaseComplexity.Complex, "涉案金额")]
    [InlineData(499_999, 3, 0, CaseComplexity.Complex, "当事人 3 方")]
    [InlineData(1_000, 2, 2, CaseComplexity.Complex, "技术复杂度 2")]
    [InlineData(1_000, 2, 1, CaseComplexity.Simple, "简易案件")]
    public void Rules_DecideTheTrack_AndSayWhy(int amount, int parties, int technical, CaseComplexity expected, string reason)
    {
        var result = _rules.Classify(amount, parties, technical);
        Assert.Equal(expected, result.Complexity);
        Assert.Contains(reason, result.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThirdParty_MakesTheCaseComplex_WithTheReasonShown()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "分流测试一", otherParties: "天津某物流有限公司");
        Assert.Equal(CaseComplexity.Complex, c.Complexity);
        Assert.Contains("当事人 3 方", c.TriageReason, StringComparison.Ordinal);
        Assert.Equal(3, c.Parties.Count);
    }

    [Fact]
    public async Task StaffOverride_NeedsAReason_ChangesTheTrackAndMovesTheDueDate()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "分流测试二", volume: 800_000);
        Assert.Equal(CaseComplexity.Complex, c.Complexity);
        var due = c.DueDate!.Value;
        await Assert.ThrowsAsync<ValidationException>(() => fixture.CasesAsync(s => s.OverrideTriageAsync(fixture.Office, c.Id, c.Version, CaseComplexity.Simple, "")));

        c = await fixture.CasesAsync(s => s.OverrideTriageAsync(fixture.Office, c.Id, c.Version, CaseComplexity.Simple, "事实清楚，当事人认可"));
        Assert.Equal(CaseComplexity.Simple, c.Complexity);
        Assert.True(c.TriageOverridden);
        Assert.Contains("事实清楚", c.TriageReason, StringComparison.Ordinal);
        Assert.Contains("规则结论", c.TriageReason, StringComparison.Ordinal);
        Assert.Equal(WorkingCalendar.Default.AddWorkingDays(new DateOnly(2021, 3, 1), 30), c.DueDate);
        Assert.True(c.DueDate < due);
    }

    [Fact]
    public async Task AnotherUnit_CannotOverride()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "分流测试三", district: "120116");
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.CasesAsync(s => s.OverrideTriageAsync(fixture.Binhai, c.Id, c.Version, CaseComplexity.Complex, "理由")));
    }
}
