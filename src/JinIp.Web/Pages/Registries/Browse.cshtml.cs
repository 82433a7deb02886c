using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Registries.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Registries;

/// <summary>A registry's public list: search, Chinese (pinyin) order, paging. No sign-in.</summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class BrowseModel(RegistryService registries) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public RegistryInfo Registry { get; private set; } = null!;

    public RecordPage Records { get; private set; } = new(0, 1, PageSize, []);

    public string? QueryError { get; private set; }

    public bool IsOffice => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.OfficeStaff);

    public async Task<IActionResult> OnGetAsync(string registry, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        try
        {
            Records = await registries.SearchAsync(registry, Q, PageNumber, PageSize, cancellationToken);
        }
        catch (ValidationException ex)
        {
            QueryError = ex.LocalizedMessage(CultureInfo.CurrentUICulture);
        }

        return Page();
    }
}
