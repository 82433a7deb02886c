using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Registries.TimeHonored;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Registries.TimeHonored;

/// <summary>An applicant files a 津门老字号 application with its supporting files.</summary>
[Authorize(Roles = Roles.Applicant)]
[RequestSizeLimit(60 * 1024 * 1024)]
public sealed class ApplyModel(RecognitionService recognition, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public int MinimumYears => RecognitionCriteria.MinimumHistoryYears;

    public int LatestYear => RecognitionCriteria.LatestFoundingYear(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime).Year);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The service checks everything (in the user's language); binding messages are replaced by its own.
        ModelState.Clear();
        var streams = new List<Stream>();
        try
        {
            var files = new List<UploadedFile>();
            foreach (var file in Files.Where(f => f.Length > 0))
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                files.Add(new UploadedFile(file.FileName, stream));
            }

            var created = await recognition.SubmitAsync(HttpActorAccessor.FromContext(HttpContext), Input, files, cancellationToken);
            return Redirect($"/Registries/TimeHonored/Application/{created.Id:D}");
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                var key = error.Field switch
                {
                    "file" or "Files" => nameof(Files),
                    _ => $"{nameof(Input)}.{error.Field}",
                };
                ModelState.AddModelError(key, error.Localized(CultureInfo.CurrentUICulture));
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
