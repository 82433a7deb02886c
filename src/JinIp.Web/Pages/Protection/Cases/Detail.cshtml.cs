using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;
using JinIp.Protection.Referrals;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Protection.Cases;

/// <summary>One case: parties, rights, evidence, time limit, triage, the workflow steps, amounts, extensions, transfer and referral.</summary>
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed class DetailModel(CaseService cases, ReferralService referrals, ProtectionDirectory directory, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public CaseActionInput Step { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostFireAsync(Guid id, string? action, CancellationToken ct) =>
        RunAsync(id, "Step", () => cases.FireAsync(Actor, id, action ?? "", Step, ct), localizer["Prot.StepDone", ProtectionPages.Action(action ?? "")], ct);

    public Task<IActionResult> OnPostAmountsAsync(Guid id, int version, decimal? illegalBusinessVolume, decimal? illegalGains, CancellationToken ct) =>
        RunAsync(id, "", () => cases.RecordAmountsAsync(Actor, id, version, illegalBusinessVolume, illegalGains, ct), localizer["Prot.AmountsSaved"], ct);

    public Task<IActionResult> OnPostTriageAsync(Guid id, int version, CaseComplexity complexity, string? reason, CancellationToken ct) =>
        RunAsync(id, "", () => cases.OverrideTriageAsync(Actor, id, version, complexity, reason, ct), localizer["Prot.TriageSaved"], ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, int version, int workingDays, string? reason, CancellationToken ct) =>
        RunAsync(id, "", () => cases.ExtendAsync(Actor, id, version, workingDays, reason, ct), localizer["Prot.ExtensionSaved"], ct);

    public Task<IActionResult> OnPostTransferAsync(Guid id, int version, Guid? toOrganizationId, string? reason, CancellationToken ct) =>
        RunAsync(id, "", () => cases.TransferAsync(Actor, id, version, toOrganizationId ?? Guid.Empty, reason, ct), localizer["Prot.TransferDone"], ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, string? reason, CancellationToken ct) =>
        RunAsync(id, "", async () => { await referrals.ReferAsync(Actor, id, reason, ct); return null!; }, localizer["Prot.ReferralDone"], ct);

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? upload, CancellationToken ct) =>
        RunAsync(id, "", async () =>
        {
            if (upload is null || upload.Length == 0)
            {
                throw new ValidationException("file", "请选择要上传的文件。", "Choose a file to upload.");
            }

            await using var stream = upload.OpenReadStream();
            await cases.AddFileAsync(Actor, id, stream, upload.FileName, ct);
            return null!;
        }, localizer["Prot.FileAdded"], ct);

    private JinIp.Platform.Identity.Actor Actor => HttpActorAccessor.FromContext(HttpContext);

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task<CaseView>> work, string done, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await work();
            // Post/redirect/get keeps a reload from repeating the step.
            TempData["ProtMessage"] = done;
            return Redirect($"/Protection/Cases/Detail/{id:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            ProtectionPages.AddErrors(ModelState, ex, prefix, "upload");
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Case = await cases.GetAsync(Actor, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Message = TempData["ProtMessage"] as string;
        Units = Case.CanAct ? (await directory.HandlingUnitsAsync(cancellationToken)).Where(u => u.Id != Case.HandlingOrganizationId).ToList() : [];
        return true;
    }

    public bool CanRefer => Case.CanAct && Case.State != CaseStates.Closed && Case.Referrals.All(r => r.Status == ReferralStatus.Returned);
}
