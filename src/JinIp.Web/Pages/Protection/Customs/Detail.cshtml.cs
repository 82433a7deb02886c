using JinIp.Protection.Customs;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Protection.Customs;

/// <summary>One recordation: renewals and seizures; customs and the office decide, renew, record seizures and their outcomes.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class DetailModel(CustomsRegistry registry, IStringLocalizer<SharedResource> localizer) : RegistryDetailPage<RecordationView>
{
    public RecordationView Recordation => Entry!;

    [BindProperty]
    public SeizureForm Seizure { get; set; } = new();

    public Task<IActionResult> OnPostDecideAsync(Guid id, int version, bool approve, DateOnly? decidedOn, string? note, CancellationToken ct) =>
        RunAsync(id, "Decision.", () => registry.DecideAsync(Actor, id, new DecisionInput(version, approve, decidedOn, note), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostRenewAsync(Guid id, int version, DateOnly? renewedOn, CancellationToken ct) =>
        RunAsync(id, "Renewal.", () => registry.RenewAsync(Actor, id, new RenewalInput(version, renewedOn), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostSeizureAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "Seizure.", () => registry.AddSeizureAsync(Actor, id, new SeizureInput(Seizure.SeizedOn, Seizure.Port, Seizure.Goods, Seizure.Quantity, Seizure.DeclaredValue, Seizure.Consignor, Seizure.Outcome, Seizure.OutcomeNote), ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid seizureId, int version, SeizureOutcome outcome, string? note, CancellationToken ct) =>
        RunAsync(id, "Outcome.", () => registry.SetSeizureOutcomeAsync(Actor, seizureId, new SeizureOutcomeInput(version, outcome, note), ct), localizer["Insight.Saved"], ct);

    protected override string PathOf(Guid id) => $"/Protection/Customs/Detail/{id:D}";

    protected override Task<RecordationView> GetAsync(Guid id, CancellationToken ct) => registry.GetAsync(Actor, id, ct);

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
