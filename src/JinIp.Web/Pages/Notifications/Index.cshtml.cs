using JinIp.Platform.Errors;
using JinIp.Platform.Notifications;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Notifications;

/// <summary>The signed-in user's inbox: newest first, unread marked, each message linking to what it is about.</summary>
public sealed class IndexModel(Notifier notifier) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public int Unread { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool HasNext { get; private set; }

    public bool Chinese => UiCulture.IsCurrentChinese;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = HttpActorAccessor.FromContext(HttpContext).UserId!.Value;
        PageNumber = Math.Max(1, PageNumber);
        var items = await notifier.ListAsync(userId, UnreadOnly, (PageNumber - 1) * PageSize, PageSize + 1, cancellationToken);
        HasNext = items.Count > PageSize;
        Items = items.Take(PageSize).ToList();
        Unread = await notifier.UnreadCountAsync(userId, cancellationToken);
    }

    /// <summary>Marks the message read and follows its link, so opening a message is one click.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = (await notifier.MarkReadAsync(HttpActorAccessor.FromContext(HttpContext).UserId!.Value, id, cancellationToken)).Link;
        return link is { } local && Url.IsLocalUrl(local) ? LocalRedirect(local) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifier.MarkAllReadAsync(HttpActorAccessor.FromContext(HttpContext).UserId!.Value, cancellationToken);
        return RedirectToPage();
    }
}
