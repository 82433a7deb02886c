using JinIp.Platform.Errors;
using JinIp.Protection.Customs;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Protection.Customs;

/// <summary>One recordation: renewals and seizures; customs and the office decide, renew, record seizures and their outcomes.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class DetailModel(CustomsRegistry registry, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RecordationView Recordation { get; private set; } = null!;

    [BindProperty]
    public SeizureForm Seizure { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDecideAsync(Guid id, int version, bool approve, DateOnly? decidedOn, string? note, CancellationToken ct) =>
        RunAsync(id, "Decision.", () => registry.DecideAsync(Actor, id, new DecisionInput(version, approve, decidedOn, note), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostRenewAsync(Guid id, int version, DateOnly? renewedOn, CancellationToken ct) =>
        RunAsync(id, "Renewal.", () => registry.RenewAsync(Actor, id, new RenewalInput(version, renewedOn), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostSeizureAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "Seizure.", () => registry.AddSeizureAsync(Actor, id, new SeizureInput(Seizure.SeizedOn, Seizure.Port, Seizure.Goods, Seizure.Quantity, Seizure.DeclaredValue, Seizure.Consignor, Seizure.Outcome, Seizure.OutcomeNote), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid seizureId, int version, SeizureOutcome outcome, string? note, CancellationToken ct) =>
        RunAsync(id, "Outcome.", () => registry.SetSeizureOutcomeAsync(Actor, seizureId, new SeizureOutcomeInput(version, outcome, note), ct), localizer["Insight.Saved"], ct);

    private JinIp.Platform.Identity.Actor Actor => HttpActorAccessor.FromContext(HttpContext);

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task> work, string done, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await work();
            Message = done;
            return Redirect($"/Protection/Customs/Detail/{id:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (UserFacingException ex)
        {
            InsightPages.AddErrors(ModelState, ex, prefix);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Recordation = await registry.GetAsync(Actor, id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class SeizureForm
    {
        public DateOnly? SeizedOn { get; set; }

        public string? Port { get; set; }

        public string? Goods { get; set; }

        public int? Quantity { get; set; }

        public decimal? DeclaredValue { get; set; }

        public string? Consignor { get; set; }

        public SeizureOutcome? Outcome { get; set; }

        public string? OutcomeNote { get; set; }
    }
}
