using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, PlatformDbContext db, IAuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.AppendAsync(db, new AuditRecord("auth.logout", "user", signIn.UserManager.GetUserId(User)), cancellationToken);
            await signIn.SignOutAsync();
        }

        return LocalRedirect("/");
    }
}
