using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Cases;

/// <summary>Opens a case ex officio, from a campaign or transferred in (complaints open theirs from the complaint page).</summary>
public sealed class NewModel(CaseService cases, ProtectionDirectory directory) : PageModel
{
    [BindProperty]
    public CaseInput Input { get; set; } = new() { Source = CaseSource.ExOfficio };

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public bool Office { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var created = await cases.CreateAsync(HttpActorAccessor.FromContext(HttpContext), Input, cancellationToken);
            return Redirect($"/Protection/Cases/Detail/{created.Id:D}");
        }
        catch (ValidationException ex)
        {
            ProtectionPages.AddErrors(ModelState, ex, nameof(Input));
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Office = HttpActorAccessor.FromContext(HttpContext).IsOfficeLevel;
        Units = Office ? await directory.HandlingUnitsAsync(cancellationToken) : [];
    }
}
