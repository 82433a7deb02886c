using JinIp.Strategy.Supervision;
using JinIp.Web.Strategy;

namespace JinIp.Web.Pages.Strategy;

/// <summary>督办 notices: all for the office, the unit's own to answer otherwise.</summary>
public sealed class NoticesModel(SupervisionService supervision) : StrategyPageModel
{
    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public async Task OnGetAsync(bool? open, CancellationToken cancellationToken) =>
        Notices = await supervision.ListNoticesAsync(Actor, open == true, cancellationToken);
}
