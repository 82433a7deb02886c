using JinIp.Creation.Registrations;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>The reviewers' queue: filings by state, type, district, overdue, nearest deadline first.</summary>
[Authorize(Roles = "admin,office")]
public sealed class QueueModel(CopyrightRegistrations registrations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<RegistrationSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var state = State is { Length: > 0 } s && RegistrationStates.All.Contains(s, StringComparer.Ordinal) ? s : null;
        var type = Type is { } t && Enum.IsDefined(t) ? t : (WorkType?)null;
        Items = await registrations.ListAsync(
            HttpActorAccessor.FromContext(HttpContext),
            new RegistrationFilter { State = state, WorkType = type, DistrictCode = District, OverdueOnly = Overdue, Text = Q is { Length: > 100 } ? Q[..100] : Q },
            cancellationToken);
    }
}
