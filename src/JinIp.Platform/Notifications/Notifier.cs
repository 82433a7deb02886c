using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Notifications;

/// <summary>
/// The platform inbox: modules send a user a message (and an e-mail when the user has an address);
/// users read and mark their own messages only.
/// </summary>
public sealed class Notifier(PlatformDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4_000;

    /// <summary>Sends one message to each user; users that no longer exist are skipped. Returns the messages written.</summary>
    public async Task<int> SendAsync(IReadOnlyCollection<Guid> userIds, NotificationMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Link is { } link && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)))
        {
            throw new ArgumentException("A notification link must be a local path.", nameof(message));
        }

        var recipients = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var user in recipients)
        {
            var notification = new Notification
            {
                Id = Guid.NewGuid(),
                UserId = user.Id,
                Kind = message.Kind,
                TitleZh = Cut(message.TitleZh, MaxTitleLength),
                TitleEn = Cut(message.TitleEn, MaxTitleLength),
                BodyZh = Cut(message.BodyZh, MaxBodyLength),
                BodyEn = Cut(message.BodyEn, MaxBodyLength),
                Link = message.Link,
                CreatedAt = now,
            };
            db.Notifications.Add(notification);
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                var zh = UiCulture.IsChinese(System.Globalization.CultureInfo.GetCultureInfo(user.PreferredCulture is { Length: > 0 } c ? c : "zh-CN"));
                db.EmailOutbox.Add(new EmailMessage
                {
                    Id = Guid.NewGuid(),
                    To = user.Email,
                    Subject = zh ? notification.TitleZh : notification.TitleEn,
                    Body = zh ? notification.BodyZh : notification.BodyEn,
                    NotificationId = notification.Id,
                    CreatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return recipients.Count;
    }

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Notifications.AsNoTracking().CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>The user's messages, newest first.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(Guid userId, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Marks one of the user's own messages read; another user's message is "not found", never "forbidden", so ids cannot be probed.</summary>
    public async Task<Notification> MarkReadAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("通知不存在。", "The notification does not exist.");
        if (notification.ReadAt is not null)
        {
            return notification;
        }

        notification.ReadAt = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("notification.read", "notification", id.ToString("D")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return notification;
    }

    /// <summary>Marks all of the user's unread messages read in one step; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        if (unread.Count == 0)
        {
            return 0;
        }

        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("notification.read-all", "notification", userId.ToString("D"), After: new { unread.Count }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unread.Count;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
