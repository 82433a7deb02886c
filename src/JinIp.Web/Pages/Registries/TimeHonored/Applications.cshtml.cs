using JinIp.Platform.Identity;
using JinIp.Registries.TimeHonored;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Registries.TimeHonored;

/// <summary>The 津门老字号 applications the user may see: their organization's, those sent to the expert, all for the office.</summary>
public sealed class ApplicationsModel(RecognitionService recognition) : PageModel
{
    public IReadOnlyList<ApplicationSummary> Applications { get; private set; } = [];

    public bool IsApplicant => User.IsInRole(Roles.Applicant);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Applications = await recognition.ListAsync(HttpActorAccessor.FromContext(HttpContext), cancellationToken);
}
