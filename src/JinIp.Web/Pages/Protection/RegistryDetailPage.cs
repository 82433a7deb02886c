using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection;

/// <summary>
/// A protection registry entry's page (a customs recordation, a supervised platform): the entry loaded for the
/// signed-in actor, each form posted to its own handler, errors shown beside the fields and the entry reloaded,
/// a redirect with a message after success, and 404 for what the actor may not see.
/// </summary>
public abstract class RegistryDetailPage<TView> : PageModel
    where TView : class
{
    /// <summary>The entry shown; set by a successful load.</summary>
    protected TView? Entry { get; private set; }

    [TempData]
    public string? Message { get; set; }

    protected Actor Actor => HttpActorAccessor.FromContext(HttpContext);

    /// <summary>The page's own address for an entry, where a successful post returns.</summary>
    protected abstract string PathOf(Guid id);

    /// <summary>Reads the entry for the actor; throws <see cref="NotFoundException"/> when it is not theirs to see.</summary>
    protected abstract Task<TView> GetAsync(Guid id, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Runs one form's work; its validation errors go beside the fields named <paramref name="prefix"/>Field.</summary>
    protected async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task> work, string done, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await work();
            Message = done;
            return Redirect(PathOf(id));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (UserFacingException ex)
        {
            InsightPages.AddErrors(ModelState, ex, prefix);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Entry = await GetAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
