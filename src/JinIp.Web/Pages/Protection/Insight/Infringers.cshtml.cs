using JinIp.Protection.Insight;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Insight;

/// <summary>Repeat infringers (matched by normalized name) with their cases, over the cases the caller may see.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class InfringersModel(CaseInsight insight) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Minimum { get; set; } = 2;

    public IReadOnlyList<RepeatInfringer> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Minimum = Math.Clamp(Minimum, 2, 100);
        Rows = await insight.RepeatInfringersAsync(HttpActorAccessor.FromContext(HttpContext), Minimum, ct);
    }
}
