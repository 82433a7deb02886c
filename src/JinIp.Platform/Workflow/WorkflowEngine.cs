using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Workflow;

/// <summary>
/// Fires declared transitions. Each firing is one transaction: the subject's new state and
/// version, the history row and the audit entry commit together or not at all. Two reviewers who
/// act on the same version: the first wins, the second gets a <see cref="ConflictException"/> (409).
/// </summary>
public sealed class WorkflowEngine(TimeProvider clock, WorkingCalendar calendar, IAuditLog audit)
{
    /// <summary>The time zone in which working days are counted.</summary>
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime).DateTime);

    /// <summary>Puts a new subject in its initial state and starts its clock if asked, recording its creation.</summary>
    public async Task StartAsync<TSubject>(DbContext db, WorkflowDefinition<TSubject> definition, TSubject subject, Actor actor, int? deadlineWorkingDays = null, CancellationToken cancellationToken = default)
        where TSubject : class, IWorkflowSubject
    {
        subject.State = definition.InitialState;
        subject.Version = 1;
        subject.DueDate = deadlineWorkingDays is { } days ? calendar.AddWorkingDays(Today, days) : null;
        await using var transaction = await BeginAsync(db, cancellationToken);
        db.Add(subject);
        db.Set<WorkflowHistoryEntry>().Add(History(definition.Name, subject, "create", "", actor, null));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("workflow.start", definition.Name, subject.Id.ToString("D"), After: new { subject.State, subject.DueDate }) { Actor = actor }, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Fires <paramref name="transitionName"/> on <paramref name="subject"/>, which the caller loaded
    /// (tracked) from <paramref name="db"/>. <paramref name="expectedVersion"/> is the version the user
    /// saw; if the subject has moved on since, nothing changes and a conflict is raised.
    /// </summary>
    public async Task<WorkflowHistoryEntry> FireAsync<TSubject>(
        DbContext db,
        WorkflowDefinition<TSubject> definition,
        TSubject subject,
        string transitionName,
        Actor actor,
        int expectedVersion,
        string? comment = null,
        Action<TSubject>? apply = null,
        CancellationToken cancellationToken = default)
        where TSubject : class, IWorkflowSubject
    {
        var transition = definition.Find(transitionName)
            ?? throw new ValidationException("transition", $"未知的操作：{transitionName}", $"Unknown transition: {transitionName}");

        if (subject.Version != expectedVersion)
        {
            throw Stale();
        }

        if (!transition.Roles.Any(actor.IsInRole))
        {
            throw new ForbiddenException($"您的角色不能执行“{transitionName}”。", $"Your role may not fire '{transitionName}'.");
        }

        if (!transition.From.Contains(subject.State, StringComparer.Ordinal))
        {
            throw new ConflictException(
                $"当前状态“{subject.State}”下不能执行“{transitionName}”。",
                $"'{transitionName}' cannot be fired from state '{subject.State}'.");
        }

        if (transition.RequiresComment && string.IsNullOrWhiteSpace(comment))
        {
            throw new ValidationException("comment", "请填写理由。", "A reason is required.");
        }

        if (transition.Guard?.Invoke(subject) is { } failure)
        {
            throw new ConflictException(failure.MessageZh, failure.MessageEn);
        }

        var before = new { subject.State, subject.Version, subject.DueDate, subject.PausedWorkingDaysLeft };
        var from = subject.State;
        apply?.Invoke(subject);
        subject.State = transition.To;
        ApplyClock(subject, transition.Clock);

        // The UPDATE only matches the row if nobody changed it since the user looked.
        db.Entry(subject).Property(s => s.Version).OriginalValue = expectedVersion;
        subject.Version = expectedVersion + 1;

        var history = History(definition.Name, subject, transitionName, from, actor, comment);
        db.Set<WorkflowHistoryEntry>().Add(history);

        await using var transaction = await BeginAsync(db, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Stale(ex);
        }

        await audit.AppendAsync(
            db,
            new AuditRecord("workflow.transition", definition.Name, subject.Id.ToString("D"), before, new { subject.State, subject.Version, subject.DueDate, subject.PausedWorkingDaysLeft, Transition = transitionName, Comment = comment }) { Actor = actor },
            cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return history;
    }

    /// <summary>Working days left until the subject's deadline (negative when overdue), or the frozen count while paused.</summary>
    public int? WorkingDaysLeft(IWorkflowSubject subject) =>
        subject.PausedWorkingDaysLeft ?? (subject.DueDate is { } due ? calendar.WorkingDaysBetween(Today, due) : null);

    public bool IsOverdue(IWorkflowSubject subject) =>
        subject.PausedWorkingDaysLeft is null && subject.DueDate is { } due && due < Today;

    private void ApplyClock(IWorkflowSubject subject, ClockEffect? effect)
    {
        switch (effect)
        {
            case ClockEffect.Start start:
                subject.DueDate = calendar.AddWorkingDays(Today, start.WorkingDays);
                subject.PausedWorkingDaysLeft = null;
                break;
            case ClockEffect.Pause when subject.DueDate is { } due:
                subject.PausedWorkingDaysLeft = Math.Max(0, calendar.WorkingDaysBetween(Today, due));
                subject.DueDate = null;
                break;
            case ClockEffect.Restart when subject.PausedWorkingDaysLeft is { } left:
                subject.DueDate = calendar.AddWorkingDays(Today, left);
                subject.PausedWorkingDaysLeft = null;
                break;
            case ClockEffect.Clear:
                subject.DueDate = null;
                subject.PausedWorkingDaysLeft = null;
                break;
        }
    }

    private WorkflowHistoryEntry History(string workflow, IWorkflowSubject subject, string transition, string from, Actor actor, string? comment) => new()
    {
        Workflow = workflow,
        SubjectId = subject.Id,
        Transition = transition,
        FromState = from,
        ToState = subject.State,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        At = clock.GetUtcNow().UtcDateTime,
        Comment = comment,
        DueDateAfter = subject.DueDate,
    };

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

    private static ConflictException Stale(Exception? inner = null) => new(
        "该记录已被他人修改，请刷新后重试。",
        "This record was changed by someone else meanwhile; reload it and try again.",
        inner);
}
