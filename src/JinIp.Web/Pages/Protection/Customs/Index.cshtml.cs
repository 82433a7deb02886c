using JinIp.Platform.Errors;
using JinIp.Protection.Customs;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Customs;

/// <summary>The customs recordation registry: search, the expiring-soon list and (customs, office) a new filing.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class IndexModel(CustomsRegistry registry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public RecordationStatus? Status { get; set; }

    [BindProperty]
    public RecordationInput Input { get; set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<RecordationSummary> Rows { get; private set; } = [];

    public IReadOnlyList<RecordationSummary> Expiring { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var created = await registry.CreateAsync(HttpActorAccessor.FromContext(HttpContext), Input, ct);
            return RedirectToPage(new { q = created.RecordationNumber });
        }
        catch (UserFacingException ex) when (ex is ValidationException or ForbiddenException)
        {
            InsightPages.AddErrors(ModelState, ex, "Input.");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        Rows = await registry.ListAsync(actor, Q, Status, false, ct);
        Expiring = await registry.ListAsync(actor, null, null, true, ct);
        CanEdit = (await registry.GetEditRightAsync(actor, ct));
    }
}
