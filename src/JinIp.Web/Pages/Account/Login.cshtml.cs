using System.ComponentModel.DataAnnotations;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Account;

/// <summary>Sign-in with lockout after repeated failures and a per-address rate limit; every attempt is audited.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, PlatformDbContext db, IAuditLog audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Required")]
        [StringLength(100, ErrorMessage = "TooLong")]
        [Display(Name = "UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();

        if (result.Succeeded)
        {
            var actor = new Actor(user!.Id, user.UserName!, user.OrganizationId, null, new HashSet<string>(await signIn.UserManager.GetRolesAsync(user), StringComparer.Ordinal), ip);
            await audit.AppendAsync(db, new AuditRecord("auth.login", "user", user.Id.ToString("D")) { Actor = actor }, cancellationToken);
            if (ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl);
            }

            var roles = actor.Roles;
            return LocalRedirect(roles.Contains(Roles.Applicant) || roles.Contains(Roles.Expert) ? "/" : "/Workbench");
        }

        // The same message for an unknown user and a wrong password, so names cannot be probed.
        var failed = new Actor(null, $"login:{Truncate(Input.UserName.Trim(), 60)}", null, null, new HashSet<string>(StringComparer.Ordinal), ip);
        await audit.AppendAsync(db, new AuditRecord(result.IsLockedOut ? "auth.locked-out" : "auth.login-failed", "user", user?.Id.ToString("D")) { Actor = failed }, cancellationToken);
        ModelState.AddModelError(string.Empty, localizer[result.IsLockedOut ? "LoginLockedOut" : "LoginFailed"]);
        return Page();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
