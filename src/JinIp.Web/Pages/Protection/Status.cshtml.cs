using JinIp.Protection.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Protection;

/// <summary>Anyone with a receipt number and its access code follows the complaint, without signing in; a wrong pair and an unknown number read the same.</summary>
[EnableRateLimiting(Hosting.WebServices.ProtectionStatusRateLimit)]
public sealed class StatusModel(ComplaintService complaints) : PageModel
{
    [BindProperty]
    public string? ReceiptNumber { get; set; }

    [BindProperty]
    public string? AccessCode { get; set; }

    public PublicComplaintStatus? Result { get; private set; }

    public bool NotFoundMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Result = await complaints.StatusAsync(ReceiptNumber, AccessCode, cancellationToken);
        NotFoundMessage = Result is null;
        return Page();
    }
}
