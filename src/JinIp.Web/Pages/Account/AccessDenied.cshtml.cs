using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Account;

/// <summary>Where the cookie scheme sends a signed-in user who may not open a page; the refusal itself was audited.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
