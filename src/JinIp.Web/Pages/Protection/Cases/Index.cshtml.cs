using JinIp.Protection.Cases;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Cases;

/// <summary>The cases the user's unit may see, with their time limits.</summary>
public sealed class IndexModel(CaseService cases) : PageModel
{
    public IReadOnlyList<CaseSummary> Items { get; private set; } = [];

    public CaseType? Type { get; private set; }

    public string? State { get; private set; }

    public string? District { get; private set; }

    public bool Overdue { get; private set; }

    public string? Query { get; private set; }

    public bool CanOpen { get; private set; }

    public async Task OnGetAsync(CaseType? type, string? state, string? district, bool? overdue, string? q, CancellationToken cancellationToken)
    {
        (Type, State, District, Overdue, Query) = (type, state, district, overdue ?? false, q);
        var actor = HttpActorAccessor.FromContext(HttpContext);
        CanOpen = CaseService.IsCaseStaff(actor);
        Items = await cases.ListAsync(actor, new CaseFilter { CaseType = type, State = state, DistrictCode = district, OverdueOnly = Overdue, Text = q }, cancellationToken);
    }
}
