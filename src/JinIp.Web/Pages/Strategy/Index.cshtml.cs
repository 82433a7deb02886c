using JinIp.Strategy.Supervision;
using JinIp.Web.Strategy;

namespace JinIp.Web.Pages.Strategy;

/// <summary>The year's plan: parts and items with their units, progress and colour (a unit sees its own items).</summary>
public sealed class IndexModel(SupervisionService supervision) : StrategyPageModel
{
    public PlanView? Plan { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<ReminderView> Reminders { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Years = await supervision.YearsAsync(cancellationToken);
        Plan = await supervision.GetPlanAsync(year, Actor, cancellationToken);
        if (!IsOffice)
        {
            Reminders = (await supervision.ListRemindersAsync(Actor, cancellationToken)).Take(10).ToList();
        }
    }
}
