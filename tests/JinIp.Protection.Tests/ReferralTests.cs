using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;
using JinIp.Protection.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection.Tests;

/// <summary>Referral to public security and who sees what between the agencies.</summary>
public sealed class ReferralTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    [Fact]
    public async Task PoliceSeeACaseOnlyOnceReferred_ReadItsEvidence_Audited_AndAcceptIt()
    {
        var c = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "移送测试一", volume: 90_000);
        var file = await fixture.CasesAsync(s => s.AddFileAsync(fixture.Office, c.Id, new MemoryStream(Samples.Png), "现场照片.png"));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.CasesAsync(s => s.GetAsync(fixture.Police, c.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.CasesAsync(async s => (await s.OpenFileAsync(fixture.Police, c.Id, file.AttachmentId)).FileName));

        var referralId = await fixture.ReferralsAsync(r => r.ReferAsync(fixture.Office, c.Id, "非法经营额超过追诉标准，涉嫌假冒注册商标罪"));
        var referral = await fixture.ReferralsAsync(r => r.GetAsync(fixture.Police, referralId));
        Assert.True(referral.CanAnswer);
        Assert.Contains("假冒注册商标罪", referral.ThresholdRule, StringComparison.Ordinal);
        Assert.Equal("现场照片.png", Assert.Single(referral.EvidencePackage).FileName);

        var seen = await fixture.CasesAsync(s => s.GetAsync(fixture.Police, c.Id));
        Assert.False(seen.CanAct);
        var name = await fixture.CasesAsync(async s =>
        {
            var (fileName, _, content) = await s.OpenFileAsync(fixture.Police, c.Id, file.AttachmentId);
            await content.DisposeAsync();
            return fileName;
        });
        Assert.Equal("现场照片.png", name);
        Assert.True(await AuditedAsync("protection.case.file-read", c.Id.ToString("D"), fixture.Police.UserId!.Value));

        await Assert.ThrowsAsync<ConflictException>(() => fixture.ReferralsAsync(r => r.ReferAsync(fixture.Office, c.Id, "再次移送")));
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.ReferralsAsync(r => r.AcceptAsync(fixture.Office, referralId, referral.Version, null)));
        var accepted = await fixture.ReferralsAsync(r => r.AcceptAsync(fixture.Police, referralId, referral.Version, "津公经立字〔2021〕15号"));
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        Assert.False(accepted.CanAnswer);
        Assert.Equal("公安机关已立案", (await fixture.CasesAsync(s => s.GetAsync(fixture.Office, c.Id))).Outcome);
        Assert.True(await AuditedAsync("protection.referral.accept", referralId.ToString("D"), fixture.Police.UserId!.Value));
    }

    [Fact]
    public async Task TheProcuratorate_SupervisesEveryReferral_AndItsOutcome()
    {
        var c = await fixture.OpenAsync(fixture.Nankai, CaseType.CopyrightPiracy, "移送测试二");
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.CasesAsync(s => s.GetAsync(fixture.Procurator, c.Id)));
        var referralId = await fixture.ReferralsAsync(r => r.ReferAsync(fixture.Nankai, c.Id, "盗版数量大"));
        var pending = await fixture.ReferralsAsync(r => r.GetAsync(fixture.Police, referralId));
        await Assert.ThrowsAsync<ValidationException>(() => fixture.ReferralsAsync(r => r.ReturnAsync(fixture.Police, referralId, pending.Version, " ")));
        await fixture.ReferralsAsync(r => r.ReturnAsync(fixture.Police, referralId, pending.Version, "证据不足，请补充复制品数量鉴定"));

        var supervised = await fixture.ReferralsAsync(r => r.ListAsync(fixture.Procurator, null));
        var row = Assert.Single(supervised, r => r.Id == referralId);
        Assert.Equal(ReferralStatus.Returned, row.Status);
        Assert.Contains("证据不足", row.AnswerNote, StringComparison.Ordinal);
        Assert.False((await fixture.CasesAsync(s => s.GetAsync(fixture.Procurator, c.Id))).CanAct);

        // After a return the unit may refer again.
        var again = await fixture.ReferralsAsync(r => r.ReferAsync(fixture.Nankai, c.Id, "已补充鉴定意见"));
        Assert.NotEqual(referralId, again);
    }

    [Fact]
    public async Task TheCourt_AndOtherDistricts_SeeNothingOfAnotherUnitsCases()
    {
        var c = await fixture.OpenAsync(fixture.Nankai, CaseType.PatentInfringementDispute, "访问测试一", "ZL202110099999.9", district: "120104");
        await fixture.ReferralsAsync(r => r.ReferAsync(fixture.Nankai, c.Id, "测试"));
        foreach (var outsider in new[] { fixture.Court, fixture.Binhai, fixture.ApplicantA, fixture.ApplicantB })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => fixture.CasesAsync(s => s.GetAsync(outsider, c.Id)));
            Assert.DoesNotContain(await fixture.CasesAsync(s => s.ListAsync(outsider, new CaseFilter())), x => x.Id == c.Id);
        }

        Assert.Empty(await fixture.ReferralsAsync(r => r.ListAsync(fixture.Court, null)));
        Assert.Contains(await fixture.CasesAsync(s => s.ListAsync(fixture.Office, new CaseFilter())), x => x.Id == c.Id);
    }

    [Fact]
    public async Task ATransferredCase_IsHandledByTheNewUnit_TheOldOneStillReadsIt()
    {
        var c = await fixture.OpenAsync(fixture.Nankai, CaseType.TrademarkInfringement, "移送测试三", district: "120104");
        await Assert.ThrowsAsync<ValidationException>(() => fixture.CasesAsync(s => s.TransferAsync(fixture.Nankai, c.Id, c.Version, fixture.Binhai.OrganizationId!.Value, "")));
        c = await fixture.CasesAsync(s => s.TransferAsync(fixture.Nankai, c.Id, c.Version, fixture.Binhai.OrganizationId!.Value, "被投诉人住所地在滨海新区"));
        Assert.Equal(fixture.Binhai.OrganizationId, c.HandlingOrganizationId);
        Assert.False(c.CanAct);
        var atBinhai = await fixture.CasesAsync(s => s.GetAsync(fixture.Binhai, c.Id));
        Assert.True(atBinhai.CanAct);
        Assert.Single(atBinhai.Transfers);
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.FireAsync(fixture.Nankai, c, CaseActions.Investigate));
        await fixture.FireAsync(fixture.Binhai, atBinhai, CaseActions.Investigate);
    }

    private async Task<bool> AuditedAsync(string action, string subject, Guid user)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Set<AuditEntry>().AnyAsync(a => a.Action == action && a.SubjectId == subject && a.ActorUserId == user);
    }
}
