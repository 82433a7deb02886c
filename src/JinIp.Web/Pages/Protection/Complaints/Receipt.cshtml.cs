using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Complaints;

/// <summary>Shows the receipt number and access code once, right after filing (they are not stored in clear).</summary>
public sealed class ReceiptModel : PageModel
{
    public string ReceiptNumber { get; private set; } = "";

    public string AccessCode { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (TempData["ProtReceipt"] is not string receipt || TempData["ProtCode"] is not string code)
        {
            return RedirectToPage("/Protection/Status");
        }

        ReceiptNumber = receipt;
        AccessCode = code;
        return Page();
    }
}
