using System.ComponentModel.DataAnnotations;
using System.Globalization;
using JinIp.Patents.Searches;
using JinIp.PatentSearch.Querying;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Patents.Saved;

/// <summary>我的检索式: saved searches with their alerts; create, switch the alert, delete.</summary>
public sealed class IndexModel(SavedSearchService searches) : PageModel
{
    [BindProperty]
    public SaveInput Input { get; set; } = new();

    public IReadOnlyList<SavedSearch> Items { get; private set; } = [];

    public string? Saved { get; private set; }

    public sealed class SaveInput
    {
        [Required(ErrorMessage = "Required")]
        [StringLength(SearchLimits.MaxNameLength, ErrorMessage = "TooLong")]
        [Display(Name = "SavedSearchName")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(SearchLimits.MaxQueryLength, ErrorMessage = "TooLong")]
        [Display(Name = "Query")]
        public string Query { get; set; } = "";

        [Display(Name = "SavedSearchAlert")]
        public bool Alert { get; set; }
    }

    private Guid UserId => HttpActorAccessor.FromContext(HttpContext).UserId!.Value;

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        Items = await searches.ListAsync(UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var created = await searches.CreateAsync(UserId, Input.Name, Input.Query, Input.Alert, cancellationToken);
                return RedirectToPage(new { saved = created.Name });
            }
            catch (QuerySyntaxException ex)
            {
                ModelState.AddModelError("Input.Query", UiCulture.IsCurrentChinese ? ex.MessageZh : ex.MessageEn);
            }
            catch (JinIp.Platform.Errors.ValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    ModelState.AddModelError(error.Field == "name" ? "Input.Name" : "Input.Query", error.Localized(CultureInfo.CurrentUICulture));
                }
            }
            catch (UserFacingException ex)
            {
                ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
            }
        }

        Items = await searches.ListAsync(UserId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAlertAsync(Guid id, bool alert, int version, CancellationToken cancellationToken)
    {
        try
        {
            await searches.UpdateAsync(UserId, id, name: null, alert, version, cancellationToken);
            return RedirectToPage();
        }
        catch (UserFacingException ex) when (ex is ConflictException or NotFoundException)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
            Items = await searches.ListAsync(UserId, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await searches.DeleteAsync(UserId, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            // Already gone (another tab): the list below shows the truth.
        }

        return RedirectToPage();
    }
}
