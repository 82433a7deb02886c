using JinIp.Strategy.Supervision;
using JinIp.Web.Strategy;

namespace JinIp.Web.Pages.Strategy;

/// <summary>Tasks: a unit's own (with its reminders), or all for the office, optionally only overdue ones.</summary>
public sealed class TasksModel(SupervisionService supervision) : StrategyPageModel
{
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];

    public IReadOnlyList<ReminderView> Reminders { get; private set; } = [];

    public bool OverdueOnly { get; private set; }

    public async Task OnGetAsync(int? year, bool? overdue, CancellationToken cancellationToken)
    {
        OverdueOnly = overdue == true;
        Tasks = await supervision.ListTasksAsync(year, Actor, overdueOnly: OverdueOnly, cancellationToken: cancellationToken);
        Reminders = IsOffice ? [] : await supervision.ListRemindersAsync(Actor, cancellationToken);
    }
}
