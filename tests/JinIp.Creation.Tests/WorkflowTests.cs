using JinIp.Creation.Registrations;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Creation.Tests;

/// <summary>The registration workflow with a fake clock: deadlines, the stopped clock, the 60-day correction period.</summary>
public sealed class WorkflowTests(CreationFixture fixture) : IClassFixture<CreationFixture>
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Fact]
    public async Task Acceptance_StartsThirtyWorkingDays_AndTheCorrectionStopsTheClock()
    {
        var submitted = await fixture.SubmittedAsync(fixture.ApplicantA, "钟表停走测试");
        Assert.Null(submitted.DecisionDueDate);

        var today = await fixture.WithAsync(r => Task.FromResult(r.Today));
        var accepted = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, submitted.Id, RegistrationActions.Accept, submitted.Version, null));
        Assert.Equal(Calendar.AddWorkingDays(today, 30), accepted.DecisionDueDate);
        Assert.Equal(30, accepted.WorkingDaysLeft);
        Assert.Equal(today, accepted.AcceptedOn);

        var review = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, accepted.Id, RegistrationActions.StartReview, accepted.Version, null));

        // A week later the reviewer asks for a correction: the 5 working days spent are gone, 25 are frozen.
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        var correction = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.RequestCorrection, review.Version, "请补充作品样本的完整版本。"));
        Assert.Equal(RegistrationStates.Correction, correction.State);
        Assert.True(correction.ClockPaused);
        Assert.Null(correction.DecisionDueDate);
        var frozen = correction.WorkingDaysLeft!.Value;
        Assert.Equal(Calendar.WorkingDaysBetween(today.AddDays(7), Calendar.AddWorkingDays(today, 30)), frozen);
        var correctBy = correction.CorrectionDueDate!.Value;
        Assert.Equal(today.AddDays(7 + 60), correctBy);

        // Waiting 40 days costs the office nothing: the clock stood still.
        fixture.Clock.Advance(TimeSpan.FromDays(40));
        var waiting = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, correction.Id));
        Assert.Equal(frozen, waiting.WorkingDaysLeft);
        Assert.False(waiting.Overdue);

        var saved = await fixture.WithAsync(r => r.SaveAsync(fixture.ApplicantA, waiting.Id, waiting.Version, CreationFixture.CompleteInput("钟表停走测试（补正）")));
        var corrected = await fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, saved.Id, RegistrationActions.Correct, saved.Version, null));
        var now = today.AddDays(47);
        Assert.Equal(RegistrationStates.InReview, corrected.State);
        Assert.Equal(Calendar.AddWorkingDays(now, frozen), corrected.DecisionDueDate);
        Assert.Null(corrected.CorrectionDueDate);
        Assert.Equal("钟表停走测试（补正）", corrected.Title);

        // Past the restarted deadline the file is overdue and shows in the staff's overdue filter.
        fixture.Clock.Advance(TimeSpan.FromDays(60));
        var late = await fixture.WithAsync(r => r.GetAsync(fixture.Reviewer, corrected.Id));
        Assert.True(late.Overdue);
        Assert.True(late.WorkingDaysLeft < 0);
        var overdue = await fixture.WithAsync(r => r.ListAsync(fixture.Reviewer, new RegistrationFilter { OverdueOnly = true }));
        Assert.Contains(overdue, s => s.Id == corrected.Id && s.Overdue);
        var applicantsView = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, corrected.Id));
        Assert.Equal(late.DecisionDueDate, applicantsView.DecisionDueDate);

        var history = late.History.Select(h => h.Transition).ToList();
        Assert.Equal(["create", "submit", "accept", "start-review", "request-correction", "correct"], history);

        // Every step is in the audit chain.
        await using var scope = fixture.Scope();
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var subject = corrected.Id.ToString("D");
        Assert.Equal(6, await platform.AuditEntries.CountAsync(a => a.SubjectId == subject && (a.Action == "workflow.transition" || a.Action == "workflow.start")));
        Assert.True((await AuditVerifier.VerifyAsync(platform)).Intact);
    }

    [Fact]
    public async Task CorrectionNotMadeWithinSixtyDays_CannotBeMade_AndTheFileLapses()
    {
        var review = await fixture.InReviewAsync(fixture.ApplicantA, "逾期补正");
        var correction = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.RequestCorrection, review.Version, "请补正权利归属证明。"));

        // On the last day the period is still open; lapsing is refused.
        fixture.Clock.Advance(TimeSpan.FromDays(60));
        var lastDay = await fixture.WithAsync(r => r.GetAsync(fixture.Reviewer, correction.Id));
        Assert.False(lastDay.CorrectionExpired);
        Assert.DoesNotContain(RegistrationActions.Lapse, lastDay.AvailableActions);
        await Assert.ThrowsAsync<ConflictException>(() => fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, correction.Id, RegistrationActions.Lapse, correction.Version, null)));

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var expired = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, correction.Id));
        Assert.True(expired.CorrectionExpired);
        var refused = await Assert.ThrowsAsync<ConflictException>(() => fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, correction.Id, RegistrationActions.Correct, correction.Version, null)));
        Assert.Contains("补正期限", refused.MessageZh, StringComparison.Ordinal);
        var queue = await fixture.WithAsync(r => r.ListAsync(fixture.Reviewer, new RegistrationFilter { OverdueOnly = true }));
        Assert.Contains(queue, s => s.Id == correction.Id && s.CorrectionExpired);

        var lapsed = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, correction.Id, RegistrationActions.Lapse, correction.Version, null));
        Assert.Equal(RegistrationStates.Lapsed, lapsed.State);
        Assert.Null(lapsed.RegistrationNumber);
    }

    [Fact]
    public async Task TheLapseJob_ClosesOnlyFilingsWhoseCorrectionPeriodEnded()
    {
        var late = await fixture.InReviewAsync(fixture.ApplicantA, "未补正");
        var lateCorrection = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, late.Id, RegistrationActions.RequestCorrection, late.Version, "请补正。"));
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        var recent = await fixture.InReviewAsync(fixture.ApplicantB, "刚要求补正");
        await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, recent.Id, RegistrationActions.RequestCorrection, recent.Version, "请补正。"));

        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await fixture.WithAsync(r => r.LapseExpiredCorrectionsAsync());

        var closed = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, lateCorrection.Id));
        Assert.Equal(RegistrationStates.Lapsed, closed.State);
        Assert.Equal("system:copyright-lapse", closed.History[^1].ActorName);
        Assert.Equal("补正期限届满，视为撤回。", closed.DecisionReason);
        var open = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantB, recent.Id));
        Assert.Equal(RegistrationStates.Correction, open.State);
    }

    [Fact]
    public async Task ApplicantMayWithdrawBeforeTheDecision_NotAfter()
    {
        var submitted = await fixture.SubmittedAsync(fixture.ApplicantA, "撤回测试");
        var withdrawn = await fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, submitted.Id, RegistrationActions.Withdraw, submitted.Version, null));
        Assert.Equal(RegistrationStates.Withdrawn, withdrawn.State);

        var review = await fixture.InReviewAsync(fixture.ApplicantA, "登记后不能撤回");
        var registered = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Register, review.Version, null));
        await Assert.ThrowsAsync<ConflictException>(() => fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, registered.Id, RegistrationActions.Withdraw, registered.Version, null)));
    }

    [Fact]
    public async Task RejectionNeedsReasons_AndApplicantsCannotDecide()
    {
        var review = await fixture.InReviewAsync(fixture.ApplicantA, "不予登记测试");
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Reject, review.Version, "  ")));
        Assert.Equal("comment", noReason.Errors.Single().Field);
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, review.Id, RegistrationActions.Register, review.Version, null)));

        var rejected = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Reject, review.Version, "样本与申请作品不一致。"));
        Assert.Equal(RegistrationStates.Rejected, rejected.State);
        Assert.Equal("样本与申请作品不一致。", rejected.DecisionReason);
    }

    [Fact]
    public async Task SubmittingAnIncompleteDraft_NamesEveryMissingField()
    {
        var draft = await fixture.WithAsync(r => r.CreateDraftAsync(fixture.ApplicantA, new RegistrationInput { Title = "只有名称" }));
        var error = await Assert.ThrowsAsync<ValidationException>(() => fixture.WithAsync(r => r.FireAsync(fixture.ApplicantA, draft.Id, RegistrationActions.Submit, draft.Version, null)));
        var fields = error.Errors.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "workType", "completedOn", "completionPlace", "rightAcquisition", "authors", "owners", "contactPhone", "samples", "declarationAccepted" }, fields);
        Assert.DoesNotContain("title", fields);
        Assert.All(error.Errors, e => Assert.False(string.IsNullOrEmpty(e.MessageZh) || string.IsNullOrEmpty(e.MessageEn)));

        var still = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, draft.Id));
        Assert.Equal(RegistrationStates.Draft, still.State);
    }

    [Fact]
    public async Task DraftIsSavedAndResumed_AndAStaleSaveIsRefused()
    {
        var draft = await fixture.WithAsync(r => r.CreateDraftAsync(fixture.ApplicantA, new RegistrationInput { Title = "未完成的草稿", Authors = ["王五"] }));
        var resumed = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, draft.Id));
        Assert.Equal("未完成的草稿", resumed.Title);
        Assert.Equal(["王五"], resumed.Authors);

        var saved = await fixture.WithAsync(r => r.SaveAsync(fixture.ApplicantA, draft.Id, draft.Version, CreationFixture.CompleteInput("已完成的草稿")));
        Assert.Equal(draft.Version + 1, saved.Version);
        await Assert.ThrowsAsync<ConflictException>(() => fixture.WithAsync(r => r.SaveAsync(fixture.ApplicantA, draft.Id, draft.Version, new RegistrationInput { Title = "过时的页面" })));
        Assert.Equal("已完成的草稿", (await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, draft.Id))).Title);
    }

    [Fact]
    public async Task RefusedUpload_LeavesTheDraftAndItsOtherSamplesIntact()
    {
        var draft = await fixture.WithAsync(r => r.CreateDraftAsync(fixture.ApplicantA, CreationFixture.CompleteInput("上传测试")));
        await fixture.WithAsync(r => r.AddSampleAsync(fixture.ApplicantA, draft.Id, new MemoryStream(Samples.Png), "first.png"));

        var wrongType = await Assert.ThrowsAsync<ValidationException>(() => fixture.WithAsync(r => r.AddSampleAsync(fixture.ApplicantA, draft.Id, new MemoryStream(Samples.Executable), "photo.png")));
        Assert.Equal("file", wrongType.Errors.Single().Field);
        var tooLarge = await Assert.ThrowsAsync<ValidationException>(() => fixture.WithAsync(r => r.AddSampleAsync(fixture.ApplicantA, draft.Id, new MemoryStream(new byte[(20 * 1024 * 1024) + 1]), "huge.pdf")));
        Assert.Contains("20 MB", tooLarge.MessageEn, StringComparison.Ordinal);

        var after = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, draft.Id));
        Assert.Equal("first.png", Assert.Single(after.Samples).FileName);
        Assert.Equal("上传测试", after.Title);
        Assert.Equal(RegistrationStates.Draft, after.State);
    }
}
