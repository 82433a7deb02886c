using JinIp.Platform.Data;
using JinIp.Protection.Cases;
using JinIp.Protection.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection.Tests;

public sealed class ThresholdTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    [Fact]
    public void Thresholds_AreData_WithTheirSource()
    {
        var thresholds = ProsecutionThresholds.LoadEmbedded();
        Assert.Contains("立案追诉标准的规定（二）", thresholds.Source, StringComparison.Ordinal);
        var trademark = thresholds.Rules.Single(r => r.CaseTypes.Contains(CaseType.TrademarkInfringement));
        Assert.Equal(50_000m, trademark.IllegalBusinessVolumeAtLeast);
        Assert.Equal(30_000m, trademark.IllegalGainsAtLeast);
        Assert.True(trademark.FromMemory);
        Assert.True(trademark.IsCrossedBy(null, 30_000));
        Assert.False(trademark.IsCrossedBy(49_999, 29_999));
        Assert.Null(thresholds.CrossedBy(CaseType.CounterfeitPatentMarking, 60_000, 0));
    }

    [Fact]
    public async Task ADecisionAboveTheThreshold_AlertsTheUnitAndTheOffice_Once()
    {
        var c = await fixture.OpenAsync(fixture.Nankai, CaseType.TrademarkInfringement, "预警测试一", district: "120104");
        c = await fixture.FireAsync(fixture.Nankai, c, CaseActions.Investigate);
        c = await fixture.FireAsync(fixture.Nankai, c, CaseActions.Hear);
        Assert.Null(c.ThresholdAlertedAt);
        c = await fixture.FireAsync(fixture.Nankai, c, CaseActions.Decide, i =>
        {
            i.DecisionText = "没收侵权商品，罚款 18 万元";
            i.IllegalBusinessVolume = 60_000;
            i.IllegalGains = 12_000;
            i.Fine = 180_000;
        });
        Assert.NotNull(c.ThresholdAlertedAt);
        Assert.Contains("假冒注册商标罪", c.ThresholdRule, StringComparison.Ordinal);

        var messages = await Alerts(c.CaseNumber);
        Assert.Equal(new[] { fixture.Nankai.UserId!.Value, fixture.Office.UserId!.Value }.Order(), messages.Order());

        // Recording the amounts again does not alert a second time.
        await fixture.CasesAsync(s => s.RecordAmountsAsync(fixture.Office, c.Id, c.Version, 70_000, 20_000));
        Assert.Equal(2, (await Alerts(c.CaseNumber)).Count);
    }

    [Fact]
    public async Task AmountsBelowTheThreshold_RaiseNoAlert()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.CopyrightPiracy, "预警测试二");
        c = await fixture.CasesAsync(s => s.RecordAmountsAsync(fixture.Office, c.Id, c.Version, 49_000, 29_000));
        Assert.Null(c.ThresholdAlertedAt);
        Assert.Empty(await Alerts(c.CaseNumber));
        c = await fixture.CasesAsync(s => s.RecordAmountsAsync(fixture.Office, c.Id, c.Version, 49_000, 30_000));
        Assert.NotNull(c.ThresholdAlertedAt);
        Assert.Contains("侵犯著作权罪", c.ThresholdRule, StringComparison.Ordinal);
    }

    private async Task<List<Guid>> Alerts(string caseNumber)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Notifications.Where(n => n.Kind == "protection.threshold" && n.TitleZh.Contains(caseNumber)).Select(n => n.UserId).ToListAsync();
    }
}
