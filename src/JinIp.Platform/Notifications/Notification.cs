namespace JinIp.Platform.Notifications;

/// <summary>A message to one user in the platform's inbox, written in both UI languages so the reader's switch decides.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>What produced it, e.g. <c>patent-alert</c>, <c>strategy-reminder</c>; lets the inbox filter and group.</summary>
    public required string Kind { get; set; }

    public required string TitleZh { get; set; }

    public required string TitleEn { get; set; }

    public required string BodyZh { get; set; }

    public required string BodyEn { get; set; }

    /// <summary>A local path (never an external address) that opens what the message is about.</summary>
    public string? Link { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// An e-mail waiting to be delivered. The platform writes it in the same step as the notification; delivery is
/// the mail relay's job (a sender drains the table when <c>Email:SmtpHost</c> is configured).
/// </summary>
public sealed class EmailMessage
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>The notification this mail repeats, if any.</summary>
    public Guid? NotificationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>What a module asks the platform to tell a user.</summary>
public sealed record NotificationMessage(string Kind, string TitleZh, string TitleEn, string BodyZh, string BodyEn, string? Link = null);
