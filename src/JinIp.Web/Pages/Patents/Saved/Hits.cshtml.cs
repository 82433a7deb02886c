using JinIp.Patents.Searches;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Patents.Saved;

/// <summary>The patents an alert found, newest first: where an alert notification leads.</summary>
public sealed class HitsModel(SavedSearchService saved) : PageModel
{
    public const int Shown = 500;

    public SavedSearch? Search { get; private set; }

    public IReadOnlyList<AlertHitView> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = HttpActorAccessor.FromContext(HttpContext).UserId!.Value;
        try
        {
            Search = await saved.FindOwnAsync(userId, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Hits = await saved.HitsAsync(userId, id, Shown, cancellationToken);
        return Page();
    }
}
