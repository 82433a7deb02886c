using JinIp.Protection.Cases;
using JinIp.Protection.Referrals;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Referrals;

/// <summary>Referrals to public security: received ones (police), all with their outcomes (procuratorate's supervision, office), own ones (handling units).</summary>
public sealed class IndexModel(ReferralService referrals, ProtectionDirectory directory) : PageModel
{
    public IReadOnlyList<ReferralSummary> Items { get; private set; } = [];

    public bool Supervision { get; private set; }

    public ReferralStatus? Status { get; private set; }

    public async Task OnGetAsync(ReferralStatus? status, CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        Status = status;
        Supervision = await directory.IsProcuratorAsync(actor, cancellationToken);
        Items = await referrals.ListAsync(actor, status, cancellationToken);
    }
}
