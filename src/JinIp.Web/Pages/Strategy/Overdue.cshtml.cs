using JinIp.Strategy.Supervision;
using JinIp.Web.Strategy;

namespace JinIp.Web.Pages.Strategy;

/// <summary>Overdue tasks by unit, for the office.</summary>
public sealed class OverdueModel(SupervisionService supervision) : StrategyPageModel
{
    public IReadOnlyList<UnitOverdue> Units { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) =>
        Units = await supervision.OverdueByUnitAsync(year, Actor, cancellationToken);
}
