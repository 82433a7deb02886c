using JinIp.Protection.TypicalCases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.TypicalCases;

/// <summary>One published typical case for the public (masked copy); anything unpublished is not found.</summary>
[AllowAnonymous]
public sealed class DetailModel(TypicalCaseService typicalCases) : PageModel
{
    public PublicTypicalCase Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await typicalCases.PublishedAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }
}
