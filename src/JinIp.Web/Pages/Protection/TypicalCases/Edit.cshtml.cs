using JinIp.Platform.Errors;
using JinIp.Protection.TypicalCases;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Protection.TypicalCases;

/// <summary>Staff edit a typical case's write-up; the office publishes it (masked) or withdraws it.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class EditModel(TypicalCaseService typicalCases, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TypicalCaseInput Input { get; set; } = new(null, null, null, null, null);

    public TypicalCaseView Case { get; private set; } = null!;

    public PublicTypicalCase? PublicCopy { get; private set; }

    public bool CanPublish { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new TypicalCaseInput(Case.CaseId, Case.Title, Case.Summary, Case.Significance, Case.Version);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => typicalCases.UpdateAsync(Actor, id, Input, ct), localizer["Insight.Saved"], ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, int version, CancellationToken ct) =>
        RunAsync(id, () => typicalCases.PublishAsync(Actor, id, version, ct), localizer["Insight.PublishedDone"], ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, int version, CancellationToken ct) =>
        RunAsync(id, () => typicalCases.UnpublishAsync(Actor, id, version, ct), localizer["Insight.UnpublishedDone"], ct);

    private JinIp.Platform.Identity.Actor Actor => HttpActorAccessor.FromContext(HttpContext);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<TypicalCaseView>> work, string done, CancellationToken ct)
    {
        try
        {
            await work();
            Message = done;
            return Redirect($"/Protection/TypicalCases/Edit/{id:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (UserFacingException ex)
        {
            ModelState.Clear();
            InsightPages.AddErrors(ModelState, ex, "Input.");
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            if (Input.Title is null && Input.Summary is null)
            {
                Input = new TypicalCaseInput(Case.CaseId, Case.Title, Case.Summary, Case.Significance, Case.Version);
            }

            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Case = await typicalCases.GetAsync(Actor, id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        PublicCopy = Case.Published ? await typicalCases.PublishedAsync(id, ct) : null;
        CanPublish = Actor.IsOfficeLevel;
        return true;
    }
}
