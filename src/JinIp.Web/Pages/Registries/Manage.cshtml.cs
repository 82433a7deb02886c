using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Registries.Catalog;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Registries;

/// <summary>Staff maintenance of one registry (office, administrators): Excel import with per-row errors, and links to edit records.</summary>
[RequestSizeLimit(Api.RegistriesApi.ImportUploadLimit + (64 * 1024))]
public sealed class ManageModel(RegistryService registries, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public RegistryInfo Registry { get; private set; } = null!;

    public RecordPage Records { get; private set; } = new(0, 1, 50, []);

    public ImportOutcome? Outcome { get; private set; }

    public string? ImportError { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string registry, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        Message = Saved switch
        {
            "saved" => localizer["RegSaved"].Value,
            "deleted" => localizer["RegDeleted"].Value,
            _ => null,
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string registry, IFormFile? file, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        if (file is null || file.Length == 0)
        {
            ImportError = localizer["RegChooseFile"];
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                Outcome = await registries.ImportAsync(HttpActorAccessor.FromContext(HttpContext), registry, stream, file.FileName, cancellationToken);
                if (Outcome.Succeeded)
                {
                    Message = localizer["RegImported", Outcome.Rows, Outcome.Created, Outcome.Updated, Outcome.Unchanged];
                }
            }
            catch (UserFacingException ex)
            {
                ImportError = ex.LocalizedMessage(CultureInfo.CurrentUICulture);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Records = await registries.SearchAsync(Registry.Key, Q, PageNumber, 50, cancellationToken);
        }
        catch (ValidationException)
        {
            Records = await registries.SearchAsync(Registry.Key, null, 1, 50, cancellationToken);
        }
    }
}
