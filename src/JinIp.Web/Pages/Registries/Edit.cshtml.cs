using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Registries.Catalog;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Registries;

/// <summary>
/// Adds or edits one registry record (office, administrators). The form carries the version it was read at:
/// a record changed meanwhile is not overwritten; the user sees a conflict message and keeps their input.
/// </summary>
public sealed class EditModel(RegistryService registries) : PageModel
{
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public int Version { get; set; }

    public RegistryInfo Registry { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(string registry, [FromQuery] Guid? id, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        IsNew = id is null;
        Id = id;
        if (id is { } existing)
        {
            try
            {
                var record = await registries.GetAsync(registry, existing, cancellationToken);
                Values = record.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
                Version = record.Version;
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string registry, [FromQuery] Guid? id, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        IsNew = id is null;
        Id = id;
        ModelState.Clear();
        var actor = HttpActorAccessor.FromContext(HttpContext);
        var values = Registry.Columns.ToDictionary(c => c.Key, c => Values.GetValueOrDefault(c.Key), StringComparer.Ordinal);
        try
        {
            if (id is { } existing)
            {
                await registries.UpdateAsync(actor, registry, existing, Version, values, cancellationToken);
            }
            else
            {
                await registries.CreateAsync(actor, registry, values, cancellationToken);
            }

            return Redirect($"/Registries/Manage/{registry}?saved=saved");
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(Registry.Columns.Any(c => c.Key == error.Field) ? error.Field : string.Empty, error.Localized(CultureInfo.CurrentUICulture));
            }
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string registry, [FromQuery] Guid id, CancellationToken cancellationToken)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return NotFound();
        }

        Registry = info;
        Id = id;
        try
        {
            await registries.DeleteAsync(HttpActorAccessor.FromContext(HttpContext), registry, id, Version, cancellationToken);
            return Redirect($"/Registries/Manage/{registry}?saved=deleted");
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
            if (await TryGetAsync(registry, id, cancellationToken) is { } record)
            {
                Values = record.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            }

            return Page();
        }
    }

    private async Task<RecordView?> TryGetAsync(string registry, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await registries.GetAsync(registry, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
