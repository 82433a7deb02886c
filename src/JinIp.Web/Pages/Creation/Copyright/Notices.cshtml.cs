using JinIp.Creation.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>The public notice list (登记公告) of registered works, newest first; personal data masked.</summary>
[AllowAnonymous]
public sealed class NoticesModel(CopyrightRegistrations registrations) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PublicNoticePage Notices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notices = await registrations.NoticesAsync(Math.Clamp(PageNumber, 1, 100_000), PageSize, cancellationToken);
}
