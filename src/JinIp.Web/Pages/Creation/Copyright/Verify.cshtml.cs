using JinIp.Creation.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>Public verification of a certificate by its number (the address in its QR code). Personal numbers and phones are masked.</summary>
[AllowAnonymous]
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class VerifyModel(CopyrightRegistrations registrations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public PublicRegistration? Found { get; private set; }

    public bool Searched { get; private set; }

    public bool Malformed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            return;
        }

        Searched = true;
        Number = Number.Length > 64 ? Number[..64] : Number;
        Malformed = RegistrationNumber.Normalize(Number) is null;
        Found = Malformed ? null : await registrations.VerifyAsync(Number, cancellationToken);
    }
}
