using JinIp.Platform.Calendar;
using JinIp.Strategy.Data;
using TaskStatus = JinIp.Strategy.Data.TaskStatus;

namespace JinIp.Strategy.Supervision;

/// <summary>Red, yellow or green: how a task stands against its deadline and milestones.</summary>
public enum TaskColour
{
    Green,
    Yellow,
    Red,
}

/// <summary>The status shown to people: the stored status, with <c>Behind</c> derived from dates and progress.</summary>
public enum ShownStatus
{
    NotStarted,
    InProgress,
    Done,
    Behind,
    Postponed,
}

/// <summary>A quarterly milestone: by <paramref name="DueDate"/> the task should be <paramref name="ExpectedPercent"/> done.</summary>
public sealed record MilestoneView(int Quarter, DateOnly DueDate, int ExpectedPercent);

/// <summary>
/// The supervision rules, in one place (docs/adr/0006):
/// <list type="bullet">
/// <item>The effective deadline is the postponed date when a task is postponed, else its deadline.</item>
/// <item>A task is <b>behind</b> when it is not done and either its effective deadline has passed, or it is below
/// the expected percent of the last milestone already due.</item>
/// <item><b>Red</b>: not done and the effective deadline has passed, or more than <see cref="RedGap"/> points below the last milestone due.</item>
/// <item><b>Yellow</b>: not done and behind a milestone (by up to <see cref="RedGap"/> points), or the effective deadline is within
/// <see cref="YellowWorkingDays"/> working days.</item>
/// <item><b>Green</b>: done, or on track.</item>
/// </list>
/// </summary>
public static class TaskRules
{
    /// <summary>Points below a passed milestone that turn a task red.</summary>
    public const int RedGap = 25;

    /// <summary>Working days before the deadline when a task not done turns yellow.</summary>
    public const int YellowWorkingDays = 10;

    /// <summary>Working days before the deadline when the reminder job reminds the units.</summary>
    public const int ReminderWorkingDays = 5;

    /// <summary>The default deadline of a plan year's tasks: the last working day of the year.</summary>
    public static DateOnly DefaultDeadline(int year, WorkingCalendar calendar)
    {
        var day = new DateOnly(year, 12, 31);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>
    /// Quarterly milestones from the plan year's start to the deadline: at the last working day of each quarter
    /// before the deadline's quarter, the share of time elapsed (rounded down to 5 %); the deadline itself is 100 %.
    /// </summary>
    public static IReadOnlyList<MilestoneView> Milestones(int year, DateOnly deadline, WorkingCalendar calendar)
    {
        var start = new DateOnly(year, 1, 1);
        var total = Math.Max(1, deadline.DayNumber - start.DayNumber);
        var list = new List<MilestoneView>();
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var quarterEnd = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
            while (!calendar.IsWorkingDay(quarterEnd))
            {
                quarterEnd = quarterEnd.AddDays(-1);
            }

            if (quarterEnd >= deadline)
            {
                list.Add(new MilestoneView(quarter, deadline, 100));
                break;
            }

            var share = (quarterEnd.DayNumber - start.DayNumber) * 100 / total;
            list.Add(new MilestoneView(quarter, quarterEnd, share / 5 * 5));
        }

        if (list.Count == 0 || list[^1].ExpectedPercent != 100)
        {
            // A deadline after the plan year: the last milestone is the deadline itself.
            list.Add(new MilestoneView(5, deadline, 100));
        }

        return list;
    }

    public static DateOnly EffectiveDeadline(TaskStatus status, DateOnly deadline, DateOnly? postponedTo) =>
        status == TaskStatus.Postponed && postponedTo is { } later ? later : deadline;

    /// <summary>The last milestone due on or before <paramref name="today"/>, if any.</summary>
    public static MilestoneView? LastDue(IEnumerable<MilestoneView> milestones, DateOnly today) =>
        milestones.Where(m => m.DueDate <= today).OrderBy(m => m.DueDate).LastOrDefault();

    public static (ShownStatus Status, TaskColour Colour) Evaluate(
        TaskStatus status, int percent, DateOnly deadline, DateOnly? postponedTo, IReadOnlyList<MilestoneView> milestones, DateOnly today, WorkingCalendar calendar)
    {
        if (status == TaskStatus.Done)
        {
            return (ShownStatus.Done, TaskColour.Green);
        }

        var effective = EffectiveDeadline(status, deadline, postponedTo);
        if (today > effective)
        {
            return (ShownStatus.Behind, TaskColour.Red);
        }

        // A postponed task is measured against its new date only: the original milestones no longer apply.
        var gap = status == TaskStatus.Postponed ? 0 : (LastDue(milestones, today)?.ExpectedPercent ?? 0) - percent;
        var colour = gap > RedGap ? TaskColour.Red
            : gap > 0 || calendar.WorkingDaysBetween(today, effective) <= YellowWorkingDays ? TaskColour.Yellow
            : TaskColour.Green;
        var shown = gap > 0 ? ShownStatus.Behind
            : status == TaskStatus.Postponed ? ShownStatus.Postponed
            : status == TaskStatus.InProgress || percent > 0 ? ShownStatus.InProgress
            : ShownStatus.NotStarted;
        return (shown, colour);
    }
}
