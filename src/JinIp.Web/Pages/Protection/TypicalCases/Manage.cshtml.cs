using JinIp.Platform.Errors;
using JinIp.Protection.TypicalCases;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.TypicalCases;

/// <summary>Staff: the typical cases of the cases they may see, and writing up a closed case as a new one.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class ManageModel(TypicalCaseService typicalCases) : PageModel
{
    [BindProperty]
    public TypicalCaseInput Input { get; set; } = new(null, null, null, null, null);

    public IReadOnlyList<TypicalCaseView> Rows { get; private set; } = [];

    public IReadOnlyList<CaseCandidate> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var created = await typicalCases.CreateAsync(HttpActorAccessor.FromContext(HttpContext), Input, ct);
            return Redirect($"/Protection/TypicalCases/Edit/{created.Id:D}");
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
        Rows = await typicalCases.ListAsync(actor, ct);
        Candidates = await typicalCases.CandidatesAsync(actor, ct);
    }
}
