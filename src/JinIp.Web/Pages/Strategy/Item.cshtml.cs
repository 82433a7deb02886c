using JinIp.Strategy.Supervision;
using JinIp.Strategy.Units;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy;

/// <summary>One work point: text, targets, tasks; the office confirms its lead unit and co-units here.</summary>
public sealed class ItemModel(SupervisionService supervision, UnitCatalog units) : StrategyPageModel
{
    public ItemDetail Item { get; private set; } = null!;

    public IReadOnlyList<StrategyUnit> Units { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid? lead, List<Guid>? co, CancellationToken cancellationToken)
    {
        if (lead is null)
        {
            Errors["lead"] = JinIp.Platform.Errors.UiCulture.IsCurrentChinese ? "请选择牵头单位。" : "Choose the lead unit.";
        }
        else if (await TryAsync(() => supervision.AssignUnitsAsync(id, lead.Value, co ?? [], Actor, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await supervision.GetItemAsync(id, Actor, cancellationToken);
        Units = await units.AllAsync(cancellationToken);
    }
}
