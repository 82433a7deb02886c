using JinIp.Creation.Registrations;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>The applicant's copyright registrations with their states and deadlines.</summary>
[Authorize(Roles = "applicant")]
public sealed class IndexModel(CopyrightRegistrations registrations) : PageModel
{
    public IReadOnlyList<RegistrationSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await registrations.ListAsync(HttpActorAccessor.FromContext(HttpContext), new RegistrationFilter(), cancellationToken);
}
