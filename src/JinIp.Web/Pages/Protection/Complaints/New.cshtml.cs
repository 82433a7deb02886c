using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Protection.Intake;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Protection.Complaints;

/// <summary>The public complaint and report form (投诉举报), anonymous or signed, with evidence files.</summary>
[EnableRateLimiting(WebServices.ProtectionComplaintRateLimit)]
[RequestSizeLimit(60 * 1024 * 1024)]
public sealed class NewModel(ComplaintService complaints) : PageModel
{
    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public ComplaintOptions Limits => complaints.Options;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The service checks everything in the user's language; the typed text stays in Input when it refuses.
        ModelState.Clear();
        var streams = new List<Stream>();
        try
        {
            var uploads = new List<EvidenceUpload>();
            foreach (var file in Files.Where(f => f.Length > 0))
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                uploads.Add(new EvidenceUpload(file.FileName, stream, file.Length));
            }

            var receipt = await complaints.SubmitAsync(HttpActorAccessor.FromContext(HttpContext), Input, uploads, cancellationToken);
            TempData["ProtReceipt"] = receipt.ReceiptNumber;
            TempData["ProtCode"] = receipt.AccessCode;
            return RedirectToPage("/Protection/Complaints/Receipt");
        }
        catch (ValidationException ex)
        {
            ProtectionPages.AddErrors(ModelState, ex, nameof(Input));
            if (ex.Errors.Any(e => e.Field == "file"))
            {
                ModelState.AddModelError(nameof(Files), UiCulture.IsCurrentChinese ? "您填写的内容已保留，请重新选择证据文件。" : "What you typed is kept; choose the evidence files again.");
            }
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }

        return Page();
    }
}
