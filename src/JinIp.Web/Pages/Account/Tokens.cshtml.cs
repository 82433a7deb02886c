using System.ComponentModel.DataAnnotations;
using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Account;

/// <summary>Personal access tokens for API clients: create (shown once), list, revoke.</summary>
public sealed class TokensModel(AccessTokenService tokens, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed class TokenInput
    {
        [Required(ErrorMessage = "Required")]
        [StringLength(100, ErrorMessage = "TooLong")]
        [Display(Name = "TokenName")]
        public string Name { get; set; } = "";

        [Range(1, AccessTokenService.MaxLifetimeDays, ErrorMessage = "TokenLifetimeRange")]
        [Display(Name = "TokenLifetimeDays")]
        public int LifetimeDays { get; set; } = 90;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tokens = await tokens.ListAsync(HttpActorAccessor.FromContext(HttpContext), cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        if (ModelState.IsValid)
        {
            try
            {
                NewToken = (await tokens.CreateAsync(actor, Input.Name, Input.LifetimeDays, cancellationToken)).Token;
                Input = new TokenInput();
                ModelState.Clear();
            }
            catch (UserFacingException ex)
            {
                ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
            }
        }

        Tokens = await tokens.ListAsync(actor, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await tokens.RevokeAsync(HttpActorAccessor.FromContext(HttpContext), id, cancellationToken);
        return RedirectToPage();
    }
}
