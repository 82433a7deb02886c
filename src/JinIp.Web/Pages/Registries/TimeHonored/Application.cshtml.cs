using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Registries.TimeHonored;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Registries.TimeHonored;

/// <summary>One 津门老字号 application: its file, scores, objections and steps, and the steps the user may take now.</summary>
public sealed class ApplicationModel(RecognitionService recognition, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ApplicationView Application { get; private set; } = null!;

    public string? Message { get; private set; }

    public bool CanRecordObjection => Application.State == RecognitionWorkflow.PublicNotice && (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.OfficeStaff));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFireAsync(Guid id, string? transition, int version, string? comment, Dictionary<string, int>? scores, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await recognition.FireAsync(HttpActorAccessor.FromContext(HttpContext), id, transition ?? "", version, comment, scores, cancellationToken);
            Message = localizer["RegStepDone", RecognitionService.TransitionName(transition ?? "")];
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field, error.Localized(CultureInfo.CurrentUICulture));
            }
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostObjectionAsync(Guid id, DateOnly? receivedOn, string? objector, string? content, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await recognition.RecordObjectionAsync(HttpActorAccessor.FromContext(HttpContext), id, receivedOn, objector, content, cancellationToken);
            Message = localizer["RegObjectionRecorded"];
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field, error.Localized(CultureInfo.CurrentUICulture));
            }
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Application = await recognition.GetAsync(HttpActorAccessor.FromContext(HttpContext), id, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
