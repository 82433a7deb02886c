using JinIp.Platform.Errors;
using JinIp.Protection.Cases;

namespace JinIp.Protection.Tests;

public sealed class WorkflowTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    [Fact]
    public async Task PatentDispute_MediationFails_ThenHearingDecisionAndClose()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.PatentInfringementDispute, "天津市甲机械有限公司", "ZL202010123456.7");
        Assert.Equal(CaseStates.Registered, c.State);
        Assert.Contains(CaseActions.Investigate, c.AvailableActions);

        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Mediate);
        Assert.Equal(CaseStates.Mediating, c.State);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.MediationFailed, i => i.Comment = "被请求人拒绝赔偿");
        Assert.Equal(CaseStates.Hearing, c.State);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Decide, i => { i.DecisionText = "认定侵权成立，责令停止侵权。"; i.PunitiveDamages = 10000; });
        Assert.Equal(CaseStates.Decided, c.State);
        Assert.Null(c.DueDate);
        Assert.Equal(10000m, c.PunitiveDamages);
        Assert.Equal("行政裁决", c.Outcome);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Close);
        Assert.Equal(CaseStates.Closed, c.State);
        Assert.NotNull(c.ClosedAt);
        Assert.Equal(["create", CaseActions.Investigate, CaseActions.Mediate, CaseActions.MediationFailed, CaseActions.Decide, CaseActions.Close], c.Steps.Select(s => s.Transition));
    }

    [Fact]
    public async Task MediationAgreement_ClosesTheCase_AndNeedsTheAgreementText()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "天津市乙服装店");
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Mediate);
        var version = c.Version;
        await Assert.ThrowsAsync<ConflictException>(() => fixture.FireAsync(fixture.Office, c, CaseActions.MediationAgreed));
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.MediationAgreed, i => i.MediationAgreement = "被请求人赔偿 2 万元并停止销售。");
        Assert.Equal(version + 1, c.Version);
        Assert.Equal(CaseStates.Closed, c.State);
        Assert.Equal("调解结案", c.Outcome);
        Assert.Contains("2 万元", c.MediationAgreement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CounterfeitPatentMarking_HasNoMediation()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.CounterfeitPatentMarking, "天津市丙日用品公司", "ZL201920123456.1");
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        Assert.DoesNotContain(CaseActions.Mediate, c.AvailableActions);
        Assert.Contains(CaseActions.Hear, c.AvailableActions);
        await Assert.ThrowsAsync<ValidationException>(() => fixture.FireAsync(fixture.Office, c, CaseActions.Mediate));
    }

    [Theory]
    [InlineData(CaseType.CustomsSeizure)]
    [InlineData(CaseType.OnlineTakedown)]
    public async Task SeizuresAndTakedowns_AreDecidedStraightAfterTheInvestigation(CaseType type)
    {
        var c = await fixture.OpenAsync(fixture.Office, type, "天津海纳国际贸易有限公司" + type);
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        Assert.Equal([CaseActions.Decide, CaseActions.Terminate], c.AvailableActions.Order(StringComparer.Ordinal));
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Decide, i => i.DecisionText = "扣留货物，认定侵权。");
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Close);
        Assert.Equal(CaseStates.Closed, c.State);
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public async Task EveryType_CanBeTerminatedWithAReasonOnly(CaseType type)
    {
        var c = await fixture.OpenAsync(fixture.Office, type, "终止测试" + type);
        await Assert.ThrowsAsync<ValidationException>(() => fixture.FireAsync(fixture.Office, c, CaseActions.Terminate, i => i.Comment = null));
        c = await fixture.FireAsync(fixture.Office, c, CaseActions.Terminate, i => i.Comment = "当事人已注销");
        Assert.Equal(CaseStates.Closed, c.State);
        Assert.Empty(c.AvailableActions);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "并发测试公司");
        await fixture.FireAsync(fixture.Office, c, CaseActions.Investigate);
        await Assert.ThrowsAsync<ConflictException>(() => fixture.FireAsync(fixture.Office, c, CaseActions.Investigate));
    }

    [Fact]
    public async Task OnlyTheHandlingUnit_MayAct()
    {
        var c = await fixture.OpenAsync(fixture.Nankai, CaseType.TrademarkInfringement, "南开区某商行", district: "120104");
        Assert.True(c.CanAct);
        // The office sees it and may act; Binhai cannot see it at all.
        var seenByOffice = await fixture.CasesAsync(s => s.GetAsync(fixture.Office, c.Id));
        Assert.True(seenByOffice.CanAct);
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.FireAsync(fixture.Binhai, c, CaseActions.Investigate));
    }

    public static TheoryData<CaseType> AllTypes()
    {
        var data = new TheoryData<CaseType>();
        foreach (var type in Enum.GetValues<CaseType>())
        {
            data.Add(type);
        }

        return data;
    }
}
