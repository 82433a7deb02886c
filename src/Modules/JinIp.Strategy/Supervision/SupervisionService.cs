using System.Globalization;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Notifications;
using JinIp.Strategy.Data;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Units;
using Microsoft.EntityFrameworkCore;
using TaskStatus = JinIp.Strategy.Data.TaskStatus;

namespace JinIp.Strategy.Supervision;

/// <summary>
/// The plan as stored and its supervision: units per item, tasks with their status colours, progress reports,
/// postponements, 督办 notices and their answers, the overdue list and reminders. The office sees everything;
/// a unit sees the items it leads or co-operates on, and nothing else (the same rule for the API and the pages).
/// </summary>
public sealed class SupervisionService(
    StrategyDbContext db, UnitCatalog units, IAuditLog audit, AttachmentStore attachments, WorkingCalendar calendar, TimeProvider clock, Notifier notifier, PlatformDbContext platform)
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime).DateTime);

    /// <summary>Years with a committed plan, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).Select(p => p.Year).ToListAsync(cancellationToken);

    /// <summary>The given year, else the newest plan's year, else this year.</summary>
    public async Task<int> ResolveYearAsync(int? year, CancellationToken cancellationToken = default) =>
        year ?? await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).Select(p => (int?)p.Year).FirstOrDefaultAsync(cancellationToken) ?? Today.Year;

    /// <summary>The plan of <paramref name="year"/> (the newest when null) with the items the actor may see.</summary>
    public async Task<PlanView?> GetPlanAsync(int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        var plan = await FindPlanAsync(year, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var context = await LoadAsync(plan, actor, cancellationToken);
        var parts = await db.Parts.AsNoTracking().Where(p => p.PlanId == plan.Id).OrderBy(p => p.Sequence).ToListAsync(cancellationToken);
        return new PlanView(
            ToInfo(plan),
            parts.Select(p => new PartView(p.Sequence, p.Numeral, p.Title, context.Items.Where(i => i.PartId == p.Id).OrderBy(i => i.Number).Select(i => context.Summary(i, p.Sequence)).ToList())).ToList());
    }

    public async Task<ItemDetail> GetItemAsync(Guid itemId, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && !i.Withdrawn, cancellationToken);
        var plan = item is null ? null : await db.Plans.AsNoTracking().SingleAsync(p => p.Id == item.PlanId, cancellationToken);
        var context = plan is null ? null : await LoadAsync(plan, actor, cancellationToken, itemId);
        if (item is null || context is null || context.Items.Count == 0)
        {
            throw ItemNotFound();
        }

        var part = await db.Parts.AsNoTracking().SingleAsync(p => p.Id == item.PartId, cancellationToken);
        return new ItemDetail(context.Summary(item, part.Sequence), item.Body, plan!.Year, await TargetsAsync(item.Id, cancellationToken), context.TasksOf(item.Id));
    }

    /// <summary>Tasks the actor may see: all for the office (optionally of one unit), the unit's own otherwise.</summary>
    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(int? year, Actor actor, Guid? unit = null, bool overdueOnly = false, CancellationToken cancellationToken = default)
    {
        var plan = await FindPlanAsync(year, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var context = await LoadAsync(plan, actor, cancellationToken);
        IEnumerable<TaskView> tasks = context.Items.OrderBy(i => i.Number).SelectMany(i => context.TasksOf(i.Id));
        if (unit is { } wanted)
        {
            tasks = tasks.Where(t => t.Lead?.Id == wanted || t.CoUnits.Any(c => c.Id == wanted));
        }

        if (overdueOnly)
        {
            tasks = tasks.Where(t => t.Status != ShownStatus.Done && Today > t.EffectiveDeadline);
        }

        return tasks.ToList();
    }

    public async Task<TaskDetail> GetTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (task, item, plan) = await FindTaskAsync(taskId, cancellationToken);
        var context = await LoadAsync(plan, actor, cancellationToken, item.Id);
        if (context.Items.Count == 0)
        {
            throw TaskNotFound();
        }

        var view = context.TasksOf(item.Id).Single(t => t.Id == task.Id);
        var reports = await db.Reports.AsNoTracking().Where(r => r.TaskId == taskId).OrderByDescending(r => r.ReportedAt).ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var figures = await db.ReportFigures.AsNoTracking().Where(f => reportIds.Contains(f.ReportId)).ToListAsync(cancellationToken);
        var files = await db.ReportAttachments.AsNoTracking().Where(f => reportIds.Contains(f.ReportId)).ToListAsync(cancellationToken);
        var targets = await TargetsAsync(item.Id, cancellationToken);
        var all = await units.AllAsync(cancellationToken);
        var reportViews = reports.Select(r => new ReportView(
            r.Id,
            all.FirstOrDefault(u => u.OrganizationId == r.OrganizationId)?.Name ?? "",
            r.AuthorName,
            r.Text,
            r.Percent,
            r.Done,
            Utc(r.ReportedAt),
            figures.Where(f => f.ReportId == r.Id).Select(f => targets.FirstOrDefault(t => t.Id == f.TargetId) is { } t ? new FigureView(t.Id, t.Subject, t.Unit, f.Value) : null).OfType<FigureView>().ToList(),
            files.Where(f => f.ReportId == r.Id).Select(f => new AttachmentRef(f.AttachmentId, f.FileName)).ToList())).ToList();
        var notices = await NoticesQuery(actor).Where(n => n.TaskId == taskId).OrderByDescending(n => n.SentAt).ToListAsync(cancellationToken);
        return new TaskDetail(view, plan.Year, targets, reportViews, await ToNoticeViewsAsync(notices, cancellationToken), CanReport(actor, view));
    }

    /// <summary>Sets (confirms) an item's lead unit and co-units. Office only.</summary>
    public async Task AssignUnitsAsync(Guid itemId, Guid leadId, IReadOnlyList<Guid> coIds, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && !i.Withdrawn, cancellationToken) ?? throw ItemNotFound();
        var all = await units.AllAsync(cancellationToken);
        if (all.All(u => u.OrganizationId != leadId))
        {
            throw new ValidationException("lead", "请选择名录中的牵头单位。", "Choose a lead unit from the directory.");
        }

        var co = coIds.Distinct().Where(c => c != leadId).ToList();
        if (co.Any(c => all.All(u => u.OrganizationId != c)))
        {
            throw new ValidationException("co", "配合单位不在名录中。", "A co-unit is not in the directory.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.ItemUnits.Where(u => u.ItemId == itemId).ToListAsync(cancellationToken);
        var before = new { Lead = item.LeadOrganizationId, Co = existing.Where(e => !e.IsLead).Select(e => e.OrganizationId).ToList(), Confirmed = item.UnitsConfirmed };
        db.ItemUnits.RemoveRange(existing);
        await db.SaveChangesAsync(cancellationToken);
        db.ItemUnits.Add(new ItemUnit { ItemId = itemId, OrganizationId = leadId, IsLead = true });
        foreach (var c in co)
        {
            db.ItemUnits.Add(new ItemUnit { ItemId = itemId, OrganizationId = c, IsLead = false });
        }

        item.LeadOrganizationId = leadId;
        item.UnitsConfirmed = true;
        item.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.item.assign", "strategy-item", itemId.ToString("D"), before, new { Lead = leadId, Co = co, Confirmed = true }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets a task's deadline (office); the quarterly milestones follow.</summary>
    public async Task SetDeadlineAsync(Guid taskId, DateOnly deadline, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        var (task, _, plan) = await FindTaskAsync(taskId, cancellationToken, tracked: true);
        if (deadline.Year < plan.Year || deadline.Year > plan.Year + 1)
        {
            throw new ValidationException("deadline", $"期限须在 {plan.Year} 年或次年内。", $"The deadline must fall in {plan.Year} or the year after.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = task.Deadline;
        task.Deadline = deadline;
        task.Version++;
        await db.Milestones.Where(m => m.TaskId == taskId).ExecuteDeleteAsync(cancellationToken);
        foreach (var m in TaskRules.Milestones(plan.Year, deadline, calendar))
        {
            db.Milestones.Add(new Milestone { TaskId = taskId, Quarter = m.Quarter, DueDate = m.DueDate, ExpectedPercent = m.ExpectedPercent });
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.task.deadline", "strategy-task", taskId.ToString("D"), new { Deadline = before }, new { Deadline = deadline }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A unit reports progress on one of its tasks: text, percent, figures for the item's targets, files.</summary>
    public async Task<Guid> FileReportAsync(Guid taskId, ReportInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var (task, item, plan) = await FindTaskAsync(taskId, cancellationToken, tracked: true);
        var view = await VisibleTaskAsync(task, item, plan, actor, cancellationToken);
        if (!CanReport(actor, view))
        {
            throw new ForbiddenException("只有该项工作的牵头单位或配合单位可以报送进展。", "Only the item's lead unit or co-units may report progress.");
        }

        var errors = new List<FieldError>();
        var text = (input.Text ?? "").Trim();
        if (text.Length is 0 or > 4000)
        {
            errors.Add(new FieldError("text", "请填写进展情况（最多 4000 字）。", "Describe the progress (at most 4,000 characters)."));
        }

        var percent = input.Done ? 100 : input.Percent;
        if (percent is < 0 or > 100)
        {
            errors.Add(new FieldError("percent", "完成比例须在 0 到 100 之间。", "The percent done must be between 0 and 100."));
        }

        var targetIds = await db.Targets.AsNoTracking().Where(t => t.ItemId == item.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        if (input.Figures.Any(f => !targetIds.Contains(f.TargetId)))
        {
            errors.Add(new FieldError("figures", "数据须对应本项工作的目标。", "Figures must belong to the item's targets."));
        }

        if (input.Figures.Any(f => f.Value is < 0 or > 1_000_000_000_000m))
        {
            errors.Add(new FieldError("figures", "数据须为非负数。", "Figures must not be negative."));
        }

        if (input.Files.Count > 5)
        {
            errors.Add(new FieldError("files", "每次最多附 5 个文件。", "At most 5 files per report."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        // Files first: the attachment store commits on its own, and a report must not hold the write lock while it does.
        var saved = new List<Attachment>();
        foreach (var file in input.Files)
        {
            saved.Add(await attachments.SaveAsync(file.Content, file.FileName, "strategy.report", UploadRules.Documents, actor, cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new ProgressReport
        {
            Id = Guid.NewGuid(), TaskId = taskId, OrganizationId = actor.OrganizationId!.Value, AuthorUserId = actor.UserId!.Value, AuthorName = actor.Name,
            Text = text, Percent = percent, Done = input.Done || percent == 100, ReportedAt = now,
        };
        db.Reports.Add(report);
        foreach (var figure in input.Figures.DistinctBy(f => f.TargetId))
        {
            db.ReportFigures.Add(new ReportFigure { ReportId = report.Id, TargetId = figure.TargetId, Value = figure.Value });
        }

        foreach (var file in saved)
        {
            db.ReportAttachments.Add(new ReportAttachment { ReportId = report.Id, AttachmentId = file.Id, FileName = file.FileName });
        }

        var before = new { task.Status, task.Percent };
        task.Percent = percent;
        task.LastReportAt = now;
        if (report.Done)
        {
            task.Status = TaskStatus.Done;
            task.CompletedAt = now;
        }
        else if (task.Status != TaskStatus.Postponed)
        {
            task.Status = percent > 0 ? TaskStatus.InProgress : TaskStatus.NotStarted;
            task.CompletedAt = null;
        }

        task.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.task.report", "strategy-task", taskId.ToString("D"), before, new
        {
            task.Status, task.Percent, Report = report.Id, Figures = input.Figures.Count, Files = saved.Select(s => s.Id),
        }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>Postpones a task to a later date, with the reason (its units or the office).</summary>
    public async Task PostponeAsync(Guid taskId, string reason, DateOnly newDate, Actor actor, CancellationToken cancellationToken = default)
    {
        var (task, item, plan) = await FindTaskAsync(taskId, cancellationToken, tracked: true);
        var view = await VisibleTaskAsync(task, item, plan, actor, cancellationToken);
        if (!actor.IsOfficeLevel && !CanReport(actor, view))
        {
            throw new ForbiddenException("只有牵头单位、配合单位或市局可以申请延期。", "Only the item's units or the office may postpone it.");
        }

        var errors = new List<FieldError>();
        reason = (reason ?? "").Trim();
        if (reason.Length is 0 or > 1000)
        {
            errors.Add(new FieldError("reason", "请说明延期理由（最多 1000 字）。", "Give the reason (at most 1,000 characters)."));
        }

        if (newDate <= task.Deadline || newDate.Year > plan.Year + 1)
        {
            errors.Add(new FieldError("newDate", "新期限须晚于原期限，且不晚于次年年底。", "The new date must be after the deadline and no later than the end of next year."));
        }

        if (task.Status == TaskStatus.Done)
        {
            throw new ConflictException("任务已完成，不能延期。", "The task is done; it cannot be postponed.");
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = new { task.Status, task.PostponedTo };
        task.Status = TaskStatus.Postponed;
        task.PostponeReason = reason;
        task.PostponedTo = newDate;
        task.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.task.postpone", "strategy-task", taskId.ToString("D"), before, new { task.Status, PostponedTo = newDate, Reason = reason }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sends a 督办 notice about a task to a unit (its lead unless named), to be answered within <paramref name="answerWorkingDays"/> working days.</summary>
    public async Task<Guid> SendNoticeAsync(Guid taskId, Guid? unitId, string text, int answerWorkingDays, Actor actor, CancellationToken cancellationToken = default)
    {
        PlanImportService.RequireOffice(actor);
        var (task, item, plan) = await FindTaskAsync(taskId, cancellationToken);
        var view = await VisibleTaskAsync(task, item, plan, actor, cancellationToken);
        var target = unitId ?? view.Lead?.Id;
        var errors = new List<FieldError>();
        text = (text ?? "").Trim();
        if (text.Length is 0 or > 2000)
        {
            errors.Add(new FieldError("text", "请填写督办内容（最多 2000 字）。", "Write the notice (at most 2,000 characters)."));
        }

        if (target is null || (view.Lead?.Id != target && view.CoUnits.All(c => c.Id != target)))
        {
            errors.Add(new FieldError("unit", "督办对象须为该项工作的牵头或配合单位。", "The notice must go to one of the item's units."));
        }

        if (answerWorkingDays is < 1 or > 60)
        {
            errors.Add(new FieldError("days", "答复期限须为 1 到 60 个工作日。", "The answer period must be 1 to 60 working days."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var notice = new SupervisionNotice
        {
            Id = Guid.NewGuid(), TaskId = taskId, OrganizationId = target!.Value, Text = text, SentAt = clock.GetUtcNow().UtcDateTime, SentBy = actor.Name,
            SentByUserId = actor.UserId, AnswerDue = calendar.AddWorkingDays(Today, answerWorkingDays),
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.notice.send", "strategy-notice", notice.Id.ToString("D"), After: new { notice.TaskId, Unit = notice.OrganizationId, notice.Text, notice.AnswerDue }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The inbox is written after the commit: it lives in the platform's context, and SQLite allows one writer at a time.
        var due = notice.AnswerDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await NotifyOrganizationAsync(notice.OrganizationId, new NotificationMessage(
            "strategy.notice",
            $"督办通知：第（{view.ItemNumeral}）项",
            $"Supervision notice: item {view.ItemNumber}",
            $"{text}\n请于 {due} 前答复。",
            $"{text}\nPlease answer by {due}.",
            $"/Strategy/Task?id={taskId:D}"), cancellationToken);
        return notice.Id;
    }

    /// <summary>The unit a notice went to answers it, once.</summary>
    public async Task AnswerNoticeAsync(Guid noticeId, string answer, Actor actor, CancellationToken cancellationToken = default)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null || (!actor.IsOfficeLevel && notice.OrganizationId != actor.OrganizationId))
        {
            throw new NotFoundException("督办通知不存在或您无权查看。", "The notice does not exist or you may not see it.");
        }

        if (notice.OrganizationId != actor.OrganizationId)
        {
            throw new ForbiddenException("只有被督办单位可以答复。", "Only the unit the notice went to may answer it.");
        }

        if (notice.Answer is not null)
        {
            throw new ConflictException("该督办通知已答复。", "The notice was answered already.");
        }

        answer = (answer ?? "").Trim();
        if (answer.Length is 0 or > 4000)
        {
            throw new ValidationException("answer", "请填写答复（最多 4000 字）。", "Write the answer (at most 4,000 characters).");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        notice.Answer = answer;
        notice.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        notice.AnsweredBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.notice.answer", "strategy-notice", noticeId.ToString("D"), After: new { Answer = answer }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notice.SentByUserId is { } sender)
        {
            var unitName = (await units.FindAsync(notice.OrganizationId, cancellationToken))?.Name ?? actor.Name;
            await notifier.SendAsync([sender], new NotificationMessage(
                "strategy.notice-answer", $"督办答复：{unitName}", $"Notice answered: {unitName}", answer, answer, $"/Strategy/Task?id={notice.TaskId:D}"), cancellationToken);
        }
    }

    /// <summary>Notices the actor may see: all for the office, those sent to the actor's unit otherwise.</summary>
    public async Task<IReadOnlyList<NoticeView>> ListNoticesAsync(Actor actor, bool openOnly = false, CancellationToken cancellationToken = default)
    {
        var query = NoticesQuery(actor);
        if (openOnly)
        {
            query = query.Where(n => n.Answer == null);
        }

        return await ToNoticeViewsAsync(await query.OrderByDescending(n => n.SentAt).Take(500).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Overdue tasks grouped by unit (the lead and each co-unit), units with the most first.</summary>
    public async Task<IReadOnlyList<UnitOverdue>> OverdueByUnitAsync(int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        var overdue = await ListTasksAsync(year, actor, overdueOnly: true, cancellationToken: cancellationToken);
        return overdue
            .SelectMany(t => (t.Lead is { } lead ? new[] { lead } : []).Concat(t.CoUnits).Select(u => (Unit: u, Task: t)))
            .GroupBy(x => x.Unit.Id)
            .Select(g => new UnitOverdue(g.First().Unit, g.Select(x => x.Task).ToList()))
            .OrderByDescending(u => u.Tasks.Count)
            .ThenBy(u => u.Unit.Name, ChineseCollation.Comparer)
            .ToList();
    }

    /// <summary>Reminders for the actor's unit (the office sees all), newest first.</summary>
    public async Task<IReadOnlyList<ReminderView>> ListRemindersAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var query = db.Reminders.AsNoTracking();
        if (!actor.IsOfficeLevel)
        {
            query = query.Where(r => r.OrganizationId == actor.OrganizationId);
        }

        var reminders = await query.OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var taskIds = reminders.Select(r => r.TaskId).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Join(db.Items, t => t.ItemId, i => i.Id, (t, i) => new { t.Id, t.Text, i.Number }).ToListAsync(cancellationToken);
        return reminders.Select(r => tasks.FirstOrDefault(t => t.Id == r.TaskId) is { } t ? new ReminderView(r.Id, r.TaskId, t.Number, t.Text, r.Kind, r.Deadline, Utc(r.CreatedAt)) : null).OfType<ReminderView>().ToList();
    }

    /// <summary>
    /// One round of the reminder job: for every open task of a committed plan, a <c>due-soon</c> reminder to each of its units
    /// when the effective deadline is within <see cref="TaskRules.ReminderWorkingDays"/> working days, and an <c>overdue</c>
    /// reminder once it has passed. Each is produced once per task, unit, kind and deadline; postponing produces new ones.
    /// </summary>
    public async Task<int> ProduceRemindersAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var horizon = calendar.AddWorkingDays(today, TaskRules.ReminderWorkingDays);
        var open = await db.Tasks.AsNoTracking()
            .Where(t => !t.Withdrawn && t.Status != TaskStatus.Done)
            .Join(db.Items.Where(i => !i.Withdrawn), t => t.ItemId, i => i.Id, (t, i) => new { t.Id, t.ItemId, t.Status, t.Deadline, t.PostponedTo })
            .ToListAsync(cancellationToken);
        var due = open
            .Select(t => (t.Id, t.ItemId, Deadline: TaskRules.EffectiveDeadline(t.Status, t.Deadline, t.PostponedTo)))
            .Where(t => t.Deadline <= horizon)
            .ToList();
        if (due.Count == 0)
        {
            await NotifyRemindersAsync(cancellationToken);
            return 0;
        }

        var itemIds = due.Select(t => t.ItemId).Distinct().ToList();
        var itemUnits = await db.ItemUnits.AsNoTracking().Where(u => itemIds.Contains(u.ItemId)).ToListAsync(cancellationToken);
        var taskIds = due.Select(t => t.Id).ToList();
        var existing = (await db.Reminders.AsNoTracking().Where(r => taskIds.Contains(r.TaskId)).Select(r => new { r.TaskId, r.OrganizationId, r.Kind, r.Deadline }).ToListAsync(cancellationToken))
            .Select(r => (r.TaskId, r.OrganizationId, r.Kind, r.Deadline)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (taskId, itemId, deadline) in due)
        {
            var kind = today > deadline ? "overdue" : "due-soon";
            foreach (var unit in itemUnits.Where(u => u.ItemId == itemId))
            {
                if (existing.Add((taskId, unit.OrganizationId, kind, deadline)))
                {
                    db.Reminders.Add(new Reminder { Id = Guid.NewGuid(), TaskId = taskId, OrganizationId = unit.OrganizationId, Kind = kind, Deadline = deadline, CreatedAt = now });
                    created++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (created > 0)
        {
            await audit.AppendAsync(db, new AuditRecord("strategy.reminders", "strategy-plan", null, After: new { Created = created, Day = today }) { Actor = Actor.System("strategy-reminders") }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await NotifyRemindersAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// Tells each unit's users, through the platform inbox, of reminders not yet sent: one message per unit, kind and
    /// deadline. The reminder is marked after the message is written, so a crash in between repeats a message
    /// rather than losing one.
    /// </summary>
    private async Task NotifyRemindersAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Reminders.Where(r => r.NotifiedAt == null).OrderBy(r => r.CreatedAt).Take(2_000).ToListAsync(cancellationToken);
        foreach (var group in pending.GroupBy(r => (r.OrganizationId, r.Kind, r.Deadline)))
        {
            var count = group.Count();
            var day = group.Key.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var message = group.Key.Kind == "overdue"
                ? new NotificationMessage("strategy.reminder", $"{count} 项任务已逾期", $"{count} task(s) overdue", $"本单位有 {count} 项工作要点任务已于 {day} 到期仍未完成，请尽快报送进展或申请延期。", $"{count} of your unit's plan tasks were due on {day} and are not done: report progress or postpone them.", "/Strategy/Tasks?overdue=True")
                : new NotificationMessage("strategy.reminder", $"{count} 项任务即将到期", $"{count} task(s) due soon", $"本单位有 {count} 项工作要点任务将于 {day} 到期，请按时报送进展。", $"{count} of your unit's plan tasks are due on {day}: please report progress in time.", "/Strategy/Tasks");
            await NotifyOrganizationAsync(group.Key.OrganizationId, message, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var reminder in group)
            {
                reminder.NotifiedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task NotifyOrganizationAsync(Guid organizationId, NotificationMessage message, CancellationToken cancellationToken)
    {
        var users = await platform.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId).Select(u => u.Id).ToListAsync(cancellationToken);
        if (users.Count > 0)
        {
            await notifier.SendAsync(users, message, cancellationToken);
        }
    }

    internal static bool CanReport(Actor actor, TaskView task) =>
        actor.OrganizationId is { } organization && (task.Lead?.Id == organization || task.CoUnits.Any(c => c.Id == organization))
        && (actor.IsInRole(Roles.MemberUnit) || actor.IsInRole(Roles.DistrictOffice) || actor.IsOfficeLevel);

    private IQueryable<SupervisionNotice> NoticesQuery(Actor actor) =>
        actor.IsOfficeLevel ? db.Notices.AsNoTracking() : db.Notices.AsNoTracking().Where(n => n.OrganizationId == actor.OrganizationId);

    private async Task<IReadOnlyList<NoticeView>> ToNoticeViewsAsync(List<SupervisionNotice> notices, CancellationToken cancellationToken)
    {
        var taskIds = notices.Select(n => n.TaskId).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Join(db.Items, t => t.ItemId, i => i.Id, (t, i) => new { t.Id, t.Text, i.Number }).ToListAsync(cancellationToken);
        var all = await units.AllAsync(cancellationToken);
        var today = Today;
        return notices.Select(n =>
        {
            var task = tasks.FirstOrDefault(t => t.Id == n.TaskId);
            return new NoticeView(
                n.Id, n.TaskId, task?.Number ?? 0, task?.Text ?? "", new UnitRef(n.OrganizationId, all.FirstOrDefault(u => u.OrganizationId == n.OrganizationId)?.Name ?? ""),
                n.Text, Utc(n.SentAt), n.SentBy, n.AnswerDue, n.Answer, n.AnsweredAt is { } at ? Utc(at) : null, n.AnsweredBy, n.Answer is null && today > n.AnswerDue);
        }).ToList();
    }

    private async Task<TaskView> VisibleTaskAsync(StoredTask task, StoredItem item, StoredPlan plan, Actor actor, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(plan, actor, cancellationToken, item.Id);
        return context.Items.Count == 0 ? throw TaskNotFound() : context.TasksOf(item.Id).Single(t => t.Id == task.Id);
    }

    private async Task<(StoredTask Task, StoredItem Item, StoredPlan Plan)> FindTaskAsync(Guid taskId, CancellationToken cancellationToken, bool tracked = false)
    {
        var tasks = tracked ? db.Tasks : db.Tasks.AsNoTracking();
        var task = await tasks.SingleOrDefaultAsync(t => t.Id == taskId && !t.Withdrawn, cancellationToken) ?? throw TaskNotFound();
        var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == task.ItemId, cancellationToken);
        if (item.Withdrawn)
        {
            throw TaskNotFound();
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == item.PlanId, cancellationToken);
        return (task, item, plan);
    }

    private async Task<StoredPlan?> FindPlanAsync(int? year, CancellationToken cancellationToken) => year is { } wanted
        ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == wanted, cancellationToken)
        : await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).FirstOrDefaultAsync(cancellationToken);

    private async Task<List<TargetView>> TargetsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var targets = await db.Targets.AsNoTracking().Where(t => t.ItemId == itemId).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        var targetIds = targets.Select(t => t.Id).ToList();
        var latest = await db.ReportFigures.AsNoTracking().Where(f => targetIds.Contains(f.TargetId))
            .Join(db.Reports, f => f.ReportId, r => r.Id, (f, r) => new { f.TargetId, f.Value, r.ReportedAt })
            .ToListAsync(cancellationToken);
        return targets.Select(t => new TargetView(t.Id, t.Sequence, t.Kind, t.Minimum, t.Maximum, t.Unit, t.Subject, t.Text,
            latest.Where(l => l.TargetId == t.Id).OrderByDescending(l => l.ReportedAt).Select(l => (decimal?)l.Value).FirstOrDefault())).ToList();
    }

    /// <summary>Loads the items of a plan the actor may see (optionally one item), with their units, tasks and milestones.</summary>
    private async Task<PlanContext> LoadAsync(StoredPlan plan, Actor actor, CancellationToken cancellationToken, Guid? onlyItem = null)
    {
        var itemsQuery = db.Items.AsNoTracking().Where(i => i.PlanId == plan.Id && !i.Withdrawn);
        if (onlyItem is { } one)
        {
            itemsQuery = itemsQuery.Where(i => i.Id == one);
        }

        if (!actor.IsOfficeLevel)
        {
            var organization = actor.OrganizationId ?? Guid.Empty;
            itemsQuery = itemsQuery.Where(i => db.ItemUnits.Any(u => u.ItemId == i.Id && u.OrganizationId == organization));
        }

        var items = await itemsQuery.ToListAsync(cancellationToken);
        var itemIds = items.Select(i => i.Id).ToList();
        var itemUnits = await db.ItemUnits.AsNoTracking().Where(u => itemIds.Contains(u.ItemId)).ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => itemIds.Contains(t.ItemId) && !t.Withdrawn).ToListAsync(cancellationToken);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var milestones = await db.Milestones.AsNoTracking().Where(m => taskIds.Contains(m.TaskId)).ToListAsync(cancellationToken);
        return new PlanContext(items, itemUnits, tasks, milestones, await units.AllAsync(cancellationToken), Today, calendar);
    }

    private static PlanInfo ToInfo(StoredPlan plan) => new(plan.Id, plan.Year, plan.Title, plan.Preamble, plan.SourceFileName, Utc(plan.ImportedAt), plan.ImportedBy, plan.Revision);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static NotFoundException ItemNotFound() => new("该项工作不存在或您无权查看。", "The work item does not exist or you may not see it.");

    private static NotFoundException TaskNotFound() => new("该任务不存在或您无权查看。", "The task does not exist or you may not see it.");

    private sealed class PlanContext(List<StoredItem> items, List<ItemUnit> itemUnits, List<StoredTask> tasks, List<Milestone> milestones, IReadOnlyList<StrategyUnit> units, DateOnly today, WorkingCalendar calendar)
    {
        private readonly Dictionary<Guid, List<TaskView>> _tasks = [];

        public List<StoredItem> Items { get; } = items;

        public ItemSummary Summary(StoredItem item, int partSequence)
        {
            var (lead, co) = UnitsOf(item.Id);
            var views = TasksOf(item.Id);
            var colour = views.Count == 0 ? TaskColour.Green : views.Max(v => v.Colour);
            return new ItemSummary(
                item.Id, item.Number, item.Numeral, item.Headline, partSequence, lead, co, item.UnitsConfirmed,
                views.Count, views.Count(v => v.Status == ShownStatus.Done), views.Count == 0 ? 0 : (int)Math.Round(views.Average(v => v.Percent)), colour, item.Version);
        }

        public List<TaskView> TasksOf(Guid itemId)
        {
            if (_tasks.TryGetValue(itemId, out var cached))
            {
                return cached;
            }

            var item = Items.Single(i => i.Id == itemId);
            var (lead, co) = UnitsOf(itemId);
            var list = tasks.Where(t => t.ItemId == itemId).OrderBy(t => t.Sequence).Select(t =>
            {
                var ms = milestones.Where(m => m.TaskId == t.Id).OrderBy(m => m.DueDate).Select(m => new MilestoneView(m.Quarter, m.DueDate, m.ExpectedPercent)).ToList();
                var (status, colour) = TaskRules.Evaluate(t.Status, t.Percent, t.Deadline, t.PostponedTo, ms, today, calendar);
                return new TaskView(
                    t.Id, item.Id, item.Number, item.Numeral, item.Headline, t.Sequence, t.Label, t.Text, t.Deadline,
                    t.Status == TaskStatus.Postponed ? t.PostponedTo : null, t.PostponeReason, t.Percent, status, colour, lead, co,
                    t.LastReportAt is { } at ? Utc(at) : null, ms, t.Version);
            }).ToList();
            _tasks[itemId] = list;
            return list;
        }

        private (UnitRef? Lead, IReadOnlyList<UnitRef> Co) UnitsOf(Guid itemId)
        {
            UnitRef? Ref(Guid id) => units.FirstOrDefault(u => u.OrganizationId == id) is { } u ? new UnitRef(u.OrganizationId, u.Name) : null;
            var rows = itemUnits.Where(u => u.ItemId == itemId).ToList();
            var lead = rows.FirstOrDefault(r => r.IsLead) is { } l ? Ref(l.OrganizationId) : null;
            var co = rows.Where(r => !r.IsLead).Select(r => Ref(r.OrganizationId)).OfType<UnitRef>()
                .OrderBy(u => units.ToList().FindIndex(x => x.OrganizationId == u.Id)).ToList();
            return (lead, co);
        }
    }
}
