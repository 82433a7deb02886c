using JinIp.Registries.TimeHonored;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JinIp.Web.Pages.Registries.TimeHonored;

/// <summary>津门老字号 applications under public notice (公示), for anyone to read and object to. Public.</summary>
[EnableRateLimiting(Hosting.WebServices.AnonymousApiRateLimit)]
public sealed class NoticesModel(RecognitionService recognition, RecognitionWorkflow workflow) : PageModel
{
    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public int NoticeDays => workflow.NoticeWorkingDays;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Notices = await recognition.ListNoticesAsync(cancellationToken);
}
