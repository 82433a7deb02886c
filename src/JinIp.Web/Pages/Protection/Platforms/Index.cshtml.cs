using JinIp.Platform.Errors;
using JinIp.Protection.Platforms;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Platforms;

/// <summary>Supervised online platforms with their figures; the city and district offices add platforms.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class IndexModel(PlatformSupervision supervision) : PageModel
{
    [BindProperty]
    public PlatformInput Input { get; set; } = new(null, null, null, null, null);

    public IReadOnlyList<PlatformSummary> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var created = await supervision.CreateAsync(HttpActorAccessor.FromContext(HttpContext), Input, ct);
            return Redirect($"/Protection/Platforms/Detail/{created.Id:D}");
        }
        catch (UserFacingException ex) when (ex is ValidationException or ForbiddenException)
        {
            ModelState.Clear();
            InsightPages.AddErrors(ModelState, ex, "Input.");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        Rows = await supervision.ListAsync(actor, ct);
        CanEdit = PlatformSupervision.CanEdit(actor);
    }
}
