using System.Text;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Strategy.Data;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Supervision;
using JinIp.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Strategy.Tests.Supervision;

/// <summary>
/// The plan in the database (SQLite, or PostgreSQL when the test script asks): import, re-import with its diff,
/// what a unit sees, reports, notices and reminders, on a fake clock in 2021 China time.
/// </summary>
public sealed class StrategyStoreTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2021, 5, 10, 2, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private Actor _office = null!;
    private Actor _court = null!;
    private Actor _nankai = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider.ToString(),
            ["Database:ConnectionString"] = _database.ConnectionString,
            [PlatformServices.DataDirectoryKey] = _database.Folder,
            ["Demo:Password"] = "Jinip-Strategy-Test-2021",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddJinIpPlatform();
        services.AddJinIpStrategy();
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("test")));
        services.AddIdentityCore<AppUser>(PlatformServices.ConfigureIdentity).AddRoles<AppRole>().AddEntityFrameworkStores<PlatformDbContext>();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Actor For(string user, string role) => db.Users.Where(u => u.UserName == user).Include(u => u.Organization).AsEnumerable()
            .Select(u => new Actor(u.Id, user, u.OrganizationId, u.Organization!.DistrictCode, new HashSet<string>(StringComparer.Ordinal) { role })).Single();
        _office = For("office", Roles.OfficeStaff);
        _court = For("court", Roles.MemberUnit);
        _nankai = For("nankai", Roles.DistrictOffice);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SeedPlan_IsStoredWith6Parts34Items_EachMeasureATask_WithSuggestedUnits()
    {
        await ImportAsync(File.ReadAllText(Fixtures.SeedPath));

        await using var scope = _services.CreateAsyncScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
        var plan = await supervision.GetPlanAsync(2021, _office);
        Assert.NotNull(plan);
        Assert.Equal(6, plan.Parts.Count);
        var items = plan.Parts.SelectMany(p => p.Items).ToList();
        Assert.Equal(Enumerable.Range(1, 34), items.Select(i => i.Number));
        Assert.Equal("加强专利商标行政保护", items[6].Headline);
        Assert.Equal("天津市高级人民法院", items.Single(i => i.Number == 14).Lead?.Name);
        Assert.All(items, i => Assert.False(i.UnitsConfirmed));

        var db = scope.ServiceProvider.GetRequiredService<StrategyDbContext>();
        var tasks = await db.Tasks.ToListAsync();
        Assert.Equal(84, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2021, 12, 31), t.Deadline));
        Assert.Equal(84 * 4, await db.Milestones.CountAsync());
        var navigation = await db.Targets.SingleAsync(t => t.Subject.Contains("专利导航"));
        Assert.Equal((5m, 10m, "个"), (navigation.Minimum!.Value, navigation.Maximum!.Value, navigation.Unit));
        Assert.Equal(1, await Audits("strategy.plan.import"));
    }

    [Fact]
    public async Task ADocumentThatIsNotAPlan_IsRefusedWithItsReason_AndNothingIsStored()
    {
        await using var scope = _services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<PlanImportService>();
        var error = await Assert.ThrowsAsync<ValidationException>(() => imports.CreateDraftAsync(new MemoryStream("会议纪要\n今天开会讨论了工作。"u8.ToArray()), "minutes.txt", 2021, _office));
        Assert.Contains("不是一份工作计划", error.MessageZh, StringComparison.Ordinal);

        var db = scope.ServiceProvider.GetRequiredService<StrategyDbContext>();
        Assert.Equal(0, await db.Drafts.CountAsync());
        Assert.Equal(0, await db.Plans.CountAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => imports.CreateDraftAsync(File.OpenRead(Fixtures.SeedPath), "plan.txt", 2021, _court));
    }

    [Fact]
    public async Task Reimport_ShowsTheDiff_AndCommittingKeepsProgressOnUnchangedItemsAndMeasures()
    {
        var seed = File.ReadAllText(Fixtures.SeedPath);
        await ImportAsync(seed);
        var (item1Task, item14Task) = await TaskOfItemsAsync(1, 14);
        await using (var scope = _services.CreateAsyncScope())
        {
            var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
            var item1 = (await supervision.GetPlanAsync(2021, _office))!.Parts[0].Items[0];
            await supervision.AssignUnitsAsync(item1.Id, _court.OrganizationId!.Value, [], _office);
            await supervision.FileReportAsync(item1Task, new ReportInput("已完成规划初稿", 40, false, [], []), _court);
            await supervision.FileReportAsync(item14Task, new ReportInput("审结案件 120 件", 30, false, [], []), _court);
        }

        // Item 7 gets a new headline, item 14 one more measure, item 34 is dropped.
        var lines = seed.Split('\n').ToList();
        var changed = string.Join('\n', lines
            .Where(l => !l.Contains("（三十四）", StringComparison.Ordinal))
            .Select(l => l.Replace("（七）加强专利商标行政保护。", "（七）全面加强专利商标行政保护。", StringComparison.Ordinal))
            .Select(l => l.StartsWith("（十四）", StringComparison.Ordinal) ? l.TrimEnd() + "建立技术调查官制度。" : l));

        await using (var scope = _services.CreateAsyncScope())
        {
            var imports = scope.ServiceProvider.GetRequiredService<PlanImportService>();
            var id = await imports.CreateDraftAsync(new MemoryStream(Encoding.UTF8.GetBytes(changed)), "2021-v2.txt", 2021, _office);
            var diff = (await imports.GetDraftAsync(id, _office)).Diff;
            Assert.True(diff.ReplacesExistingPlan);
            Assert.Empty(diff.Added);
            Assert.Equal([34], diff.Removed.Select(c => c.Number));
            Assert.Equal([7, 14], diff.Changed.Select(c => c.Number).Order());
            Assert.Equal(31, diff.Unchanged);
            await imports.CommitAsync(id, _office);
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
            var plan = (await supervision.GetPlanAsync(2021, _office))!;
            var items = plan.Parts.SelectMany(p => p.Items).ToList();
            Assert.Equal(33, items.Count);
            Assert.Equal("全面加强专利商标行政保护", items.Single(i => i.Number == 7).Headline);
            var first = items.Single(i => i.Number == 1);
            Assert.Equal(_court.OrganizationId, first.Lead?.Id);
            Assert.True(first.UnitsConfirmed);

            var kept1 = await supervision.GetTaskAsync(item1Task, _office);
            Assert.Equal(40, kept1.Task.Percent);
            Assert.Single(kept1.Reports);
            var kept14 = await supervision.GetTaskAsync(item14Task, _office);
            Assert.Equal(30, kept14.Task.Percent);
            var item14 = await supervision.GetItemAsync(items.Single(i => i.Number == 14).Id, _office);
            Assert.Contains(item14.Tasks, t => t.Text.Contains("技术调查官", StringComparison.Ordinal) && t.Percent == 0);
            Assert.Equal(2, (await supervision.GetPlanAsync(2021, _office))!.Plan.Revision);
        }

        Assert.Equal(1, await Audits("strategy.plan.reimport"));
    }

    [Fact]
    public async Task AUnit_SeesAndReportsOnlyItsOwnTasks()
    {
        await ImportAsync(File.ReadAllText(Fixtures.SeedPath));
        await using var scope = _services.CreateAsyncScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
        var all = await supervision.ListTasksAsync(2021, _office);
        var courts = await supervision.ListTasksAsync(2021, _court);
        var nankais = await supervision.ListTasksAsync(2021, _nankai);

        Assert.NotEmpty(courts);
        Assert.True(courts.Count < all.Count);
        Assert.All(courts, t => Assert.True(t.Lead?.Id == _court.OrganizationId || t.CoUnits.Any(c => c.Id == _court.OrganizationId)));
        Assert.All(nankais, t => Assert.True(t.Lead?.Id == _nankai.OrganizationId || t.CoUnits.Any(c => c.Id == _nankai.OrganizationId)));

        var notCourts = all.First(t => courts.All(c => c.Id != t.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => supervision.GetTaskAsync(notCourts.Id, _court));
        await Assert.ThrowsAsync<NotFoundException>(() => supervision.GetItemAsync(notCourts.ItemId, _court));
        await Assert.ThrowsAsync<NotFoundException>(() => supervision.FileReportAsync(notCourts.Id, new ReportInput("x", 10, false, [], []), _court));

        // The office supervises; it does not report for a unit.
        await Assert.ThrowsAsync<ForbiddenException>(() => supervision.FileReportAsync(courts[0].Id, new ReportInput("x", 10, false, [], []), _office));
        await supervision.FileReportAsync(courts[0].Id, new ReportInput("开展专项审判", 50, false, [], []), _court);
        Assert.Equal(50, (await supervision.GetTaskAsync(courts[0].Id, _court)).Task.Percent);
        Assert.Equal(1, await Audits("strategy.task.report"));
    }

    [Fact]
    public async Task StatusFollowsTheClock_PostponementMovesTheDeadline_AndNoticesAreAnsweredOnce()
    {
        await ImportAsync(File.ReadAllText(Fixtures.SeedPath));
        var (task, _) = await TaskOfItemsAsync(14, 14);
        await using var scope = _services.CreateAsyncScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();

        // 10 May: the Q1 milestone (about 24 %) is due.
        await supervision.FileReportAsync(task, new ReportInput("起步", 10, false, [], []), _court);
        Assert.Equal((ShownStatus.Behind, TaskColour.Yellow), Shown(await supervision.GetTaskAsync(task, _court)));
        await supervision.FileReportAsync(task, new ReportInput("审结一批案件", 30, false, [], []), _court);
        Assert.Equal((ShownStatus.InProgress, TaskColour.Green), Shown(await supervision.GetTaskAsync(task, _court)));

        _clock.SetUtcNow(new DateTimeOffset(2021, 7, 5, 2, 0, 0, TimeSpan.Zero)); // past the Q2 milestone (about 49 %)
        Assert.Equal((ShownStatus.Behind, TaskColour.Yellow), Shown(await supervision.GetTaskAsync(task, _court)));
        _clock.SetUtcNow(new DateTimeOffset(2021, 10, 8, 2, 0, 0, TimeSpan.Zero)); // past the Q3 milestone (about 74 %)
        Assert.Equal((ShownStatus.Behind, TaskColour.Red), Shown(await supervision.GetTaskAsync(task, _court)));
        Assert.Contains(await supervision.ListTasksAsync(2021, _office), t => t.Id == task && t.Colour == TaskColour.Red);

        var noticeId = await supervision.SendNoticeAsync(task, null, "请说明进度滞后原因", 5, _office);
        await Assert.ThrowsAsync<NotFoundException>(() => supervision.AnswerNoticeAsync(noticeId, "不是我们的", _nankai));
        await supervision.AnswerNoticeAsync(noticeId, "案件集中在下半年审结", _court);
        await Assert.ThrowsAsync<ConflictException>(() => supervision.AnswerNoticeAsync(noticeId, "再次答复", _court));
        var notice = Assert.Single(await supervision.ListNoticesAsync(_court));
        Assert.Equal("案件集中在下半年审结", notice.Answer);
        Assert.Empty(await supervision.ListNoticesAsync(_nankai));

        await Assert.ThrowsAsync<ValidationException>(() => supervision.PostponeAsync(task, "", new DateOnly(2021, 6, 1), _court));
        await supervision.PostponeAsync(task, "等待司法解释出台", new DateOnly(2022, 3, 31), _court);
        _clock.SetUtcNow(new DateTimeOffset(2022, 1, 10, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(ShownStatus.Postponed, (await supervision.GetTaskAsync(task, _court)).Task.Status);
        Assert.DoesNotContain(await supervision.ListTasksAsync(2021, _court, overdueOnly: true), t => t.Id == task);

        await supervision.FileReportAsync(task, new ReportInput("全部完成", 100, true, [], []), _court);
        Assert.Equal((ShownStatus.Done, TaskColour.Green), Shown(await supervision.GetTaskAsync(task, _court)));
        Assert.Equal(1, await InboxAsync(_court, "strategy.notice"));
        Assert.Equal(1, await InboxAsync(_office, "strategy.notice-answer"));
        Assert.Equal(0, await InboxAsync(_nankai, "strategy.notice"));
        Assert.Equal(1, await Audits("strategy.notice.send"));
        Assert.Equal(1, await Audits("strategy.notice.answer"));
        Assert.Equal(1, await Audits("strategy.task.postpone"));
    }

    [Fact]
    public async Task Reminders_ComeFiveWorkingDaysBeforeTheDeadline_OncePerUnit_ThenWhenOverdue()
    {
        await ImportAsync(File.ReadAllText(Fixtures.SeedPath));
        await using var scope = _services.CreateAsyncScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();

        _clock.SetUtcNow(new DateTimeOffset(2021, 12, 20, 1, 0, 0, TimeSpan.Zero)); // Monday: Dec 31 is 9 working days away
        Assert.Equal(0, await supervision.ProduceRemindersAsync());

        _clock.SetUtcNow(new DateTimeOffset(2021, 12, 24, 1, 0, 0, TimeSpan.Zero)); // Friday: 5 working days away
        var dueSoon = await supervision.ProduceRemindersAsync();
        Assert.True(dueSoon > 84, $"{dueSoon} reminders");
        Assert.Equal(0, await supervision.ProduceRemindersAsync());
        var courts = await supervision.ListRemindersAsync(_court);
        Assert.NotEmpty(courts);
        Assert.All(courts, r => Assert.Equal("due-soon", r.Kind));
        Assert.Equal((await supervision.ListTasksAsync(2021, _court)).Count, courts.Count);

        // One inbox message per unit, kind and deadline, not one per task; a second run sends nothing more.
        Assert.Equal(1, await InboxAsync(_court, "strategy.reminder"));

        _clock.SetUtcNow(new DateTimeOffset(2022, 1, 4, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(dueSoon, await supervision.ProduceRemindersAsync());
        Assert.Contains(await supervision.ListRemindersAsync(_court), r => r.Kind == "overdue");
        Assert.Equal(2, await InboxAsync(_court, "strategy.reminder"));
        var overdue = await supervision.OverdueByUnitAsync(2021, _office);
        Assert.Contains(overdue, u => u.Unit.Id == _court.OrganizationId);
    }

    [Fact]
    public async Task Ledger_HasTheChineseHeadersAndOneRowPerTask()
    {
        await ImportAsync(File.ReadAllText(Fixtures.SeedPath));
        await using var scope = _services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LedgerExport>().WriteAsync(buffer, 2021, _office));
        buffer.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(84, rows.Count);
        Assert.Equal(LedgerExport.Headers, rows[0].Keys);
        Assert.Equal("（一）", rows[0]["工作要点编号"]);
    }

    private static (ShownStatus, TaskColour) Shown(TaskDetail detail) => (detail.Task.Status, detail.Task.Colour);

    private async Task ImportAsync(string text)
    {
        await using var scope = _services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<PlanImportService>();
        var id = await imports.CreateDraftAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "2021.txt", null, _office);
        await imports.CommitAsync(id, _office);
    }

    private async Task<(Guid First, Guid Second)> TaskOfItemsAsync(int first, int second)
    {
        await using var scope = _services.CreateAsyncScope();
        var tasks = await scope.ServiceProvider.GetRequiredService<SupervisionService>().ListTasksAsync(2021, _office);
        return (tasks.First(t => t.ItemNumber == first).Id, tasks.First(t => t.ItemNumber == second).Id);
    }

    private async Task<int> InboxAsync(Actor user, string kind)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Notifications.CountAsync(n => n.UserId == user.UserId && n.Kind == kind);
    }

    private async Task<int> Audits(string action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync(a => a.Action == action);
    }
}
