using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Workflow;

public sealed class WorkflowEngineTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IAsyncLifetime
{
    private static readonly Actor Reviewer = new(Guid.NewGuid(), "reviewer-a", Guid.NewGuid(), null, new HashSet<string> { Roles.OfficeStaff });
    private static readonly Actor SecondReviewer = new(Guid.NewGuid(), "reviewer-b", Guid.NewGuid(), null, new HashSet<string> { Roles.OfficeStaff });
    private static readonly Actor Applicant = new(Guid.NewGuid(), "applicant", Guid.NewGuid(), null, new HashSet<string> { Roles.Applicant });

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            // Another test of this class created them already.
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Definition_RejectsUndeclaredStates()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkflowDefinition<SampleApplication>(
            "broken", "a", ["a"], [new("go", ["a"], "b", [Roles.OfficeStaff])]));
        Assert.Contains("undeclared state b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fire_MovesStateAndRecordsHistoryAndAudit()
    {
        var id = await CreateAsync(signed: true);
        var auditBefore = await AuditCountAsync();

        await using (var db = NewContext())
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            await Engine().FireAsync(db, SampleApplication.Definition, application, "accept", Reviewer, expectedVersion: 1);
        }

        await using var check = NewContext();
        var saved = await check.Applications.SingleAsync(a => a.Id == id);
        Assert.Equal("accepted", saved.State);
        Assert.Equal(2, saved.Version);
        var history = await check.History.Where(h => h.SubjectId == id).OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(["create", "accept"], history.Select(h => h.Transition));
        Assert.Equal("submitted", history[1].FromState);
        Assert.Equal("reviewer-a", history[1].ActorName);
        Assert.Equal(auditBefore + 1, await AuditCountAsync());
    }

    [Fact]
    public async Task Fire_RoleNotAllowed_IsForbiddenAndChangesNothing()
    {
        var id = await CreateAsync(signed: true);
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        await Assert.ThrowsAsync<ForbiddenException>(() => Engine().FireAsync(db, SampleApplication.Definition, application, "accept", Applicant, 1));
        await using var check = NewContext();
        Assert.Equal("submitted", (await check.Applications.SingleAsync(a => a.Id == id)).State);
    }

    [Fact]
    public async Task Fire_FromWrongState_IsConflict()
    {
        var id = await CreateAsync(signed: true);
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        var error = await Assert.ThrowsAsync<ConflictException>(() => Engine().FireAsync(db, SampleApplication.Definition, application, "register", Reviewer, 1));
        Assert.Contains("submitted", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fire_GuardFails_IsConflictWithGuardMessage()
    {
        var id = await CreateAsync(signed: false);
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        var error = await Assert.ThrowsAsync<ConflictException>(() => Engine().FireAsync(db, SampleApplication.Definition, application, "accept", Reviewer, 1));
        Assert.Equal("申请人尚未签署声明。", error.MessageZh);
    }

    [Fact]
    public async Task Fire_RequiredCommentMissing_IsValidationError()
    {
        var id = await AcceptedAsync();
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        var error = await Assert.ThrowsAsync<ValidationException>(() => Engine().FireAsync(db, SampleApplication.Definition, application, "reject", Reviewer, 2, comment: " "));
        Assert.Equal("comment", error.Errors.Single().Field);
    }

    [Fact]
    public async Task TwoReviewersOnSameVersion_FirstWinsSecondGetsConflict()
    {
        var id = await AcceptedAsync();
        await using var first = NewContext();
        await using var second = NewContext();
        var seenByFirst = await first.Applications.SingleAsync(a => a.Id == id);
        var seenBySecond = await second.Applications.SingleAsync(a => a.Id == id);

        await Engine().FireAsync(first, SampleApplication.Definition, seenByFirst, "register", Reviewer, 2, apply: a => a.Decision = "registered by A");
        await Assert.ThrowsAsync<ConflictException>(() => Engine().FireAsync(second, SampleApplication.Definition, seenBySecond, "reject", SecondReviewer, 2, comment: "no", apply: a => a.Decision = "rejected by B"));

        await using var check = NewContext();
        var saved = await check.Applications.SingleAsync(a => a.Id == id);
        Assert.Equal("registered", saved.State);
        Assert.Equal("registered by A", saved.Decision);
        Assert.Single(await check.History.Where(h => h.SubjectId == id && (h.Transition == "register" || h.Transition == "reject")).ToListAsync());
    }

    [Fact]
    public async Task TwoReviewersAtTheSameMoment_ExactlyOneDecides()
    {
        var id = await AcceptedAsync();
        async Task<bool> Decide(Actor actor, string transition)
        {
            await using var db = NewContext();
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            try
            {
                await Engine().FireAsync(db, SampleApplication.Definition, application, transition, actor, 2, comment: "decided");
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        }

        var results = await Task.WhenAll(Task.Run(() => Decide(Reviewer, "register")), Task.Run(() => Decide(SecondReviewer, "reject")));
        Assert.Single(results, r => r);
        await using var check = NewContext();
        Assert.Equal(3, (await check.Applications.SingleAsync(a => a.Id == id)).Version);
    }

    [Fact]
    public async Task StaleVersionFromTheUser_IsConflictWithoutTouchingTheDatabase()
    {
        var id = await AcceptedAsync();
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        await Assert.ThrowsAsync<ConflictException>(() => Engine().FireAsync(db, SampleApplication.Definition, application, "register", Reviewer, expectedVersion: 1));
    }

    [Fact]
    public async Task Clock_StartsPausesAndRestartsInWorkingDays()
    {
        // Fixture clock: Monday 2021-03-01. Accepting starts 30 working days.
        var id = await AcceptedAsync();
        await using (var db = NewContext())
        {
            var accepted = await db.Applications.SingleAsync(a => a.Id == id);
            Assert.Equal(WorkingCalendar.Default.AddWorkingDays(new DateOnly(2021, 3, 1), 30), accepted.DueDate);
            Assert.Equal(30, Engine().WorkingDaysLeft(accepted));
        }

        // Ten calendar days later (8 working days), a correction stops the clock with 22 days left.
        fixture.Clock.Advance(TimeSpan.FromDays(10));
        await using (var db = NewContext())
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            await Engine().FireAsync(db, SampleApplication.Definition, application, "request-correction", Reviewer, 2, comment: "请补充作品样本");
            Assert.Null(application.DueDate);
            Assert.Equal(22, application.PausedWorkingDaysLeft);
        }

        // The applicant takes 40 days; the clock stays stopped, then resumes with the 22 days left.
        fixture.Clock.Advance(TimeSpan.FromDays(40));
        await using (var db = NewContext())
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            Assert.False(Engine().IsOverdue(application));
            await Engine().FireAsync(db, SampleApplication.Definition, application, "correct", Applicant, 3);
            var today = Engine().Today;
            Assert.Equal(WorkingCalendar.Default.AddWorkingDays(today, 22), application.DueDate);
            Assert.Null(application.PausedWorkingDaysLeft);
        }
    }

    [Fact]
    public void Available_ListsOnlyTransitionsTheActorMayFireNow()
    {
        var application = new SampleApplication { Id = Guid.NewGuid(), Title = "t", State = "accepted", DeclarationSigned = true };
        var names = SampleApplication.Definition.Available(application, Reviewer.Roles).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["register", "reject", "request-correction"], names);
        Assert.Equal(["withdraw"], SampleApplication.Definition.Available(application, Applicant.Roles).Select(t => t.Name));
    }

    private async Task<Guid> CreateAsync(bool signed)
    {
        await using var db = NewContext();
        var application = new SampleApplication { Id = Guid.NewGuid(), Title = "样例作品", DeclarationSigned = signed };
        await Engine().StartAsync(db, SampleApplication.Definition, application, Applicant);
        return application.Id;
    }

    private async Task<Guid> AcceptedAsync()
    {
        var id = await CreateAsync(signed: true);
        await using var db = NewContext();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        await Engine().FireAsync(db, SampleApplication.Definition, application, "accept", Reviewer, 1);
        return id;
    }

    private async Task<long> AuditCountAsync()
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.LongCountAsync();
    }

    private WorkflowEngine Engine() => new(fixture.Clock, WorkingCalendar.Default, fixture.Services.CreateScope().ServiceProvider.GetRequiredService<IAuditLog>());

    private SampleDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<SampleDbContext>();
        builder.UseJinIpDatabase(fixture.Database.Provider, fixture.Database.ConnectionString, "test_");
        return new SampleDbContext(builder.Options);
    }
}
