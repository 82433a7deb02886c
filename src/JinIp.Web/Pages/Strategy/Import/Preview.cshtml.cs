using JinIp.Strategy.Plans;
using JinIp.Strategy.Units;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy.Import;

/// <summary>The parsed draft: every item with its measures, targets and suggested units, the warnings, and the diff against the stored plan.</summary>
public sealed class PreviewModel(PlanImportService imports, UnitCatalog units) : StrategyPageModel
{
    public DraftView Draft { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (await TryAsync(() => imports.CommitAsync(id, Actor, cancellationToken)))
        {
            return RedirectToPage("/Strategy/Index", new { year = Draft.Plan.Year });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        await imports.DiscardDraftAsync(id, Actor, cancellationToken);
        return RedirectToPage("/Strategy/Import/Index");
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Draft = await imports.GetDraftAsync(id, Actor, cancellationToken);
        UnitNames = (await units.AllAsync(cancellationToken)).ToDictionary(u => u.OrganizationId, u => u.Name);
    }
}
