using JinIp.Protection.Intake;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Complaints;

/// <summary>Staff: the complaint queue of their district (office: all) with the review deadline; complainants: their own complaints.</summary>
public sealed class IndexModel(ComplaintService complaints) : PageModel
{
    public IReadOnlyList<ComplaintSummary> Items { get; private set; } = [];

    public bool Staff { get; private set; }

    public ComplaintStatus? Status { get; private set; }

    public int ReviewDays => complaints.Rules.ComplaintReviewWorkingDays;

    public string ReviewRule => complaints.Rules.ComplaintReviewRule + "（" + complaints.Rules.ComplaintReviewSource + "）";

    public async Task OnGetAsync(ComplaintStatus? status, CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        Staff = actor.IsOfficeLevel || actor.IsInRole(JinIp.Platform.Identity.Roles.DistrictOffice);
        Status = status;
        Items = await complaints.ListAsync(actor, status, cancellationToken);
    }
}
