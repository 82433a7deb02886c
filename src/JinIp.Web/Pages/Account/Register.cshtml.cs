using System.ComponentModel.DataAnnotations;
using JinIp.Creation.Registrations;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Account;

/// <summary>
/// Self-registration of an applicant (a person or an organization): creates the applicant's own
/// organization and an account with the applicant role, in one audited transaction. Rate limited like sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebServices.LoginRateLimit)]
public sealed class RegisterModel(SignInManager<AppUser> signIn, PlatformDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Required")]
        [Display(Name = "Register.Kind")]
        public OrganizationType Kind { get; set; } = OrganizationType.Individual;

        [Required(ErrorMessage = "Required")]
        [StringLength(100, MinimumLength = 3, ErrorMessage = "Register.UserNameLength")]
        [RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "Register.UserNameChars")]
        [Display(Name = "UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "TooLong")]
        [Display(Name = "Register.Name")]
        public string Name { get; set; } = "";

        [StringLength(30, ErrorMessage = "TooLong")]
        [Display(Name = "Register.CreditCode")]
        public string? CreditCode { get; set; }

        [Required(ErrorMessage = "Required")]
        [Display(Name = "Register.District")]
        public string DistrictCode { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [Compare(nameof(Password), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password)]
        [Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Kind is not (OrganizationType.Individual or OrganizationType.Enterprise or OrganizationType.University or OrganizationType.Institute))
        {
            ModelState.AddModelError("Input.Kind", localizer["Register.KindInvalid"]);
        }

        if (!string.IsNullOrEmpty(Input.DistrictCode) && TianjinDistricts.NameOf(Input.DistrictCode) is null)
        {
            ModelState.AddModelError("Input.DistrictCode", localizer["Register.DistrictInvalid"]);
        }

        string? creditCode = null;
        if (Input.Kind != OrganizationType.Individual)
        {
            if (string.IsNullOrWhiteSpace(Input.CreditCode))
            {
                ModelState.AddModelError("Input.CreditCode", localizer["Register.CreditCodeRequired"]);
            }
            else if (!IdentityNumbers.IsValidUnifiedSocialCreditCode(Input.CreditCode))
            {
                ModelState.AddModelError("Input.CreditCode", localizer["Register.CreditCodeInvalid"]);
            }
            else
            {
                creditCode = IdentityNumbers.Normalize(Input.CreditCode);
            }
        }

        // An organization cannot take the name or credit code of one already known (e.g. pose as the office).
        var trimmedName = Input.Name?.Trim() ?? "";
        if (Input.Kind != OrganizationType.Individual && trimmedName.Length > 0
            && await db.Organizations.AnyAsync(o => o.Name == trimmedName || (creditCode != null && o.UnifiedSocialCreditCode == creditCode), cancellationToken))
        {
            ModelState.AddModelError("Input.Name", localizer["Register.NameTaken"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = trimmedName;
        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            // A person is an organization of one, so data scoping works the same for everyone.
            Name = Input.Kind == OrganizationType.Individual ? $"{name}（个人）" : name,
            Type = Input.Kind,
            DistrictCode = Input.DistrictCode,
            UnifiedSocialCreditCode = creditCode,
            CreatedAt = now,
        };
        var user = new AppUser { UserName = Input.UserName.Trim(), DisplayName = name, OrganizationId = organization.Id, CreatedAt = now };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        var created = await signIn.UserManager.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName" : "Input.Password";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        var roleAdded = await signIn.UserManager.AddToRoleAsync(user, Roles.Applicant);
        if (!roleAdded.Succeeded)
        {
            throw new InvalidOperationException("The applicant role is missing: " + string.Join("; ", roleAdded.Errors.Select(e => e.Description)));
        }

        var actor = new Actor(user.Id, user.UserName!, organization.Id, organization.DistrictCode, new HashSet<string>([Roles.Applicant], StringComparer.Ordinal), HttpContext.Connection.RemoteIpAddress?.ToString());
        await audit.AppendAsync(db, new AuditRecord("auth.register", "user", user.Id.ToString("D"), After: new { user.UserName, Organization = organization.Name, organization.Type, organization.DistrictCode }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/Creation/Copyright");
    }
}
