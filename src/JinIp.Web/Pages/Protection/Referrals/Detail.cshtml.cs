using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Protection.Referrals;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Referrals;

/// <summary>One referral with its evidence package; public security accepts or returns it.</summary>
public sealed class DetailModel(ReferralService referrals) : PageModel
{
    public ReferralView Referral { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, int version, string? note, CancellationToken ct) =>
        RunAsync(id, () => referrals.AcceptAsync(HttpActorAccessor.FromContext(HttpContext), id, version, note, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, int version, string? note, CancellationToken ct) =>
        RunAsync(id, () => referrals.ReturnAsync(HttpActorAccessor.FromContext(HttpContext), id, version, note, ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<ReferralView>> work, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await work();
            return Redirect($"/Protection/Referrals/Detail/{id:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field == "reason" ? "note" : error.Field, error.Localized(CultureInfo.CurrentUICulture));
            }
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Referral = await referrals.GetAsync(HttpActorAccessor.FromContext(HttpContext), id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
