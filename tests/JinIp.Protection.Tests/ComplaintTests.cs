using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using JinIp.Protection.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection.Tests;

public sealed class ComplaintTests(ProtectionFixture fixture) : IClassFixture<ProtectionFixture>
{
    private static readonly Actor Citizen = Actor.Anonymous("203.0.113.7");

    [Fact]
    public async Task AnAnonymousComplaint_WithEvidence_IsFollowedByReceiptAndCode()
    {
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("回执测试公司"), [new EvidenceUpload("photo.png", new MemoryStream(Samples.Png), Samples.Png.Length)]));
        Assert.Matches("^TS20210301-[A-Z2-9]{6}$", receipt.ReceiptNumber);
        Assert.Equal(8, receipt.AccessCode.Length);

        var status = await fixture.ComplaintsAsync(c => c.StatusAsync(receipt.ReceiptNumber.ToLowerInvariant(), receipt.AccessCode));
        Assert.NotNull(status);
        Assert.Equal(ComplaintStatus.Received, status.Status);

        var view = await fixture.ComplaintsAsync(c => c.GetAsync(fixture.Office, receipt.Id));
        Assert.Equal("photo.png", Assert.Single(view.Evidence).FileName);
        Assert.Null(view.ContactName);
    }

    [Fact]
    public async Task AWrongCode_AndAnUnknownNumber_GetTheSameAnswer()
    {
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("枚举测试公司"), []));
        Assert.Null(await fixture.ComplaintsAsync(c => c.StatusAsync(receipt.ReceiptNumber, "WRONGCOD")));
        Assert.Null(await fixture.ComplaintsAsync(c => c.StatusAsync("TS20210301-ZZZZZZ", receipt.AccessCode)));
        Assert.Null(await fixture.ComplaintsAsync(c => c.StatusAsync(receipt.ReceiptNumber, "")));
        Assert.Null(await fixture.ComplaintsAsync(c => c.StatusAsync(new string('A', 500), receipt.AccessCode)));
    }

    [Fact]
    public async Task ARefusedFile_StoresNothing_AndSaysWhichFile()
    {
        var before = await CountAsync();
        var ex = await Assert.ThrowsAsync<ValidationException>(() => fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("坏文件公司"), [new EvidenceUpload("photo.png", new MemoryStream(Samples.Executable), Samples.Executable.Length)])));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("file", error.Field);
        Assert.Contains("photo.png", error.MessageZh, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task TooManyFiles_AndBadText_AreReportedTogether_BeforeAnythingIsStored()
    {
        var files = Enumerable.Range(0, 4).Select(i => new EvidenceUpload($"p{i}.png", new MemoryStream(Samples.Png), Samples.Png.Length)).ToList();
        var input = ProtectionFixture.Complaint("数量测试公司");
        input.Description = "太短";
        input.PlatformUrl = "javascript:alert(1)";
        var ex = await Assert.ThrowsAsync<ValidationException>(() => fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, input, files)));
        Assert.Contains(ex.Errors, e => e.Field == "file" && e.MessageZh.Contains("最多上传 3 个", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Field == nameof(ComplaintInput.Description));
        Assert.Contains(ex.Errors, e => e.Field == nameof(ComplaintInput.PlatformUrl));
    }

    [Fact]
    public async Task ASignedComplaint_NeedsContact_AndIsSeenByItsOrganizationOnly()
    {
        var unsigned = ProtectionFixture.Complaint("实名测试公司", anonymous: false);
        unsigned.ContactPhone = null;
        await Assert.ThrowsAsync<ValidationException>(() => fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, unsigned, [])));

        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(fixture.ApplicantA, ProtectionFixture.Complaint("实名测试公司", anonymous: false), []));
        var mine = await fixture.ComplaintsAsync(c => c.ListAsync(fixture.ApplicantA, null));
        Assert.Contains(mine, x => x.Id == receipt.Id);
        Assert.DoesNotContain(await fixture.ComplaintsAsync(c => c.ListAsync(fixture.ApplicantB, null)), x => x.Id == receipt.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.ComplaintsAsync(c => c.GetAsync(fixture.ApplicantB, receipt.Id)));
        // The applicant sees the complaint but no duplicates and cannot act on it.
        var own = await fixture.ComplaintsAsync(c => c.GetAsync(fixture.ApplicantA, receipt.Id));
        Assert.False(own.CanHandle);
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.ComplaintsAsync(async c => { await c.DeclineAsync(fixture.ApplicantA, receipt.Id, own.Version, "撤回"); return 0; }));
    }

    [Fact]
    public async Task DistrictOffices_SeeTheirDistrictsComplaints_CourtsAndPoliceNone()
    {
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("区县测试公司"), []));
        Assert.Contains(await fixture.ComplaintsAsync(c => c.ListAsync(fixture.Nankai, null)), x => x.Id == receipt.Id);
        Assert.DoesNotContain(await fixture.ComplaintsAsync(c => c.ListAsync(fixture.Binhai, null)), x => x.Id == receipt.Id);
        Assert.Empty(await fixture.ComplaintsAsync(c => c.ListAsync(fixture.Court, null)));
        Assert.Empty(await fixture.ComplaintsAsync(c => c.ListAsync(fixture.Police, null)));
    }

    [Fact]
    public async Task DuplicateDetection_FindsOpenCasesBySameRightNumberOrInfringer_NotClosedOnes()
    {
        var byRight = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "天津市完全不同贸易有限公司", "第 8800 1234 号");
        var byName = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "天津市重复检测商贸有限公司", "第99999999号");
        var closed = await fixture.OpenAsync(fixture.Office, CaseType.TrademarkInfringement, "重复检测商贸公司", null);
        await fixture.FireAsync(fixture.Office, closed, CaseActions.Terminate, i => i.Comment = "撤销");
        var input = ProtectionFixture.Complaint("重复检测商贸公司", "第88001234号");
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, input, []));

        var view = await fixture.ComplaintsAsync(c => c.GetAsync(fixture.Office, receipt.Id));
        var ids = view.Duplicates.Select(d => d.CaseId).ToList();
        Assert.Contains(byRight.Id, ids);
        Assert.Contains(byName.Id, ids);
        Assert.DoesNotContain(closed.Id, ids);
        Assert.Contains("权利号相同", view.Duplicates.Single(d => d.CaseId == byRight.Id).ReasonsZh);
        Assert.Contains("被投诉人相同", view.Duplicates.Single(d => d.CaseId == byName.Id).ReasonsZh);
    }

    [Fact]
    public async Task OpeningACase_CarriesTheEvidence_AndTheComplainantSeesIt()
    {
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("立案测试公司"), [new EvidenceUpload("evidence.png", new MemoryStream(Samples.Png), Samples.Png.Length)]));
        var view = await fixture.ComplaintsAsync(c => c.GetAsync(fixture.Nankai, receipt.Id));
        Assert.True(view.CanHandle);
        var caseId = await fixture.ComplaintsAsync(c => c.OpenCaseAsync(fixture.Nankai, receipt.Id, view.Version, new CaseInput { CaseType = CaseType.TrademarkInfringement, Title = "立案测试" }));
        var opened = await fixture.CasesAsync(s => s.GetAsync(fixture.Nankai, caseId));
        Assert.Equal(CaseSource.Complaint, opened.Source);
        Assert.Equal(receipt.Id, opened.ComplaintId);
        Assert.Equal(fixture.NankaiOfficeId, opened.HandlingOrganizationId);
        Assert.Equal("evidence.png", Assert.Single(opened.Files).FileName);

        var status = await fixture.ComplaintsAsync(c => c.StatusAsync(receipt.ReceiptNumber, receipt.AccessCode));
        Assert.Equal(ComplaintStatus.CaseOpened, status!.Status);
        Assert.Equal(opened.CaseNumber, status.CaseNumber);
        Assert.False(status.CaseClosed);

        // Handled once: a second opening is a conflict.
        await Assert.ThrowsAsync<ConflictException>(() => fixture.ComplaintsAsync(c => c.OpenCaseAsync(fixture.Office, receipt.Id, view.Version + 1, new CaseInput { CaseType = CaseType.TrademarkInfringement, Title = "再次" })));
    }

    [Fact]
    public async Task Declining_TellsTheComplainantWhy()
    {
        var receipt = await fixture.ComplaintsAsync(c => c.SubmitAsync(Citizen, ProtectionFixture.Complaint("不予立案测试"), []));
        await Assert.ThrowsAsync<ValidationException>(() => fixture.ComplaintsAsync(async c => { await c.DeclineAsync(fixture.Office, receipt.Id, 1, ""); return 0; }));
        await fixture.ComplaintsAsync(async c => { await c.DeclineAsync(fixture.Office, receipt.Id, 1, "证据不足，且不属于本局管辖"); return 0; });
        var status = await fixture.ComplaintsAsync(c => c.StatusAsync(receipt.ReceiptNumber, receipt.AccessCode));
        Assert.Equal(ComplaintStatus.NotAccepted, status!.Status);
        Assert.Equal("证据不足，且不属于本局管辖", status.StatusNote);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProtectionDbContext>().Complaints.CountAsync();
    }
}
