using System.ComponentModel.DataAnnotations;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Account;

/// <summary>
/// Changing the password renews the security stamp: this session is re-issued, every other session
/// of the user is refused at its next check.
/// </summary>
public sealed class ChangePasswordModel(SignInManager<AppUser> signIn, PlatformDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password)]
        [Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet(bool changed = false) => Changed = changed;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await audit.AppendAsync(db, new AuditRecord("auth.password-changed", "user", user.Id.ToString("D")), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { changed = true });
    }
}
