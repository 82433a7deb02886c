using JinIp.Platform.Errors;
using JinIp.Platform.Notifications;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>The caller's own inbox: alerts, reminders and notices the platform sent them.</summary>
internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        api.MapGet("/", List).WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first (unread=true for unread only; page size up to 100), with the unread count");
        api.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Marks one of the caller's notifications read");
        api.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Marks all of the caller's notifications read");
        return app;
    }

    public sealed record NotificationResponse(Guid Id, string Kind, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

    public sealed record NotificationListResponse(int Unread, IReadOnlyList<NotificationResponse> Items);

    public sealed record MarkAllResponse(int Marked);

    private static async Task<Results<Ok<NotificationListResponse>, ValidationProblem>> List(
        HttpContext context, Notifier notifier, [FromQuery] bool? unread, [FromQuery] int? page, [FromQuery] int? size, CancellationToken ct)
    {
        var zh = UiCulture.IsCurrentChinese;
        var pageSize = size ?? 20;
        var pageNumber = page ?? 1;
        if (pageSize is < 1 or > 100 || pageNumber < 1)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [pageSize is < 1 or > 100 ? "size" : "page"] = [zh ? "页码须为正数，每页 1 到 100 条。" : "page must be positive and size between 1 and 100."] },
                title: zh ? "输入有误" : "The input is not valid");
        }

        var userId = HttpActorAccessor.FromContext(context).UserId!.Value;
        var items = await notifier.ListAsync(userId, unread ?? false, (pageNumber - 1) * pageSize, pageSize, ct);
        return TypedResults.Ok(new NotificationListResponse(
            await notifier.UnreadCountAsync(userId, ct),
            items.Select(n => new NotificationResponse(n.Id, n.Kind, zh ? n.TitleZh : n.TitleEn, zh ? n.BodyZh : n.BodyEn, n.Link, n.CreatedAt, n.ReadAt)).ToList()));
    }

    private static async Task<NoContent> MarkRead(Guid id, HttpContext context, Notifier notifier, CancellationToken ct)
    {
        await notifier.MarkReadAsync(HttpActorAccessor.FromContext(context).UserId!.Value, id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MarkAllResponse>> MarkAllRead(HttpContext context, Notifier notifier, CancellationToken ct) =>
        TypedResults.Ok(new MarkAllResponse(await notifier.MarkAllReadAsync(HttpActorAccessor.FromContext(context).UserId!.Value, ct)));
}
