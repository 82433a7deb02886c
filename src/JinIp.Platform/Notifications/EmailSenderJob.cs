using System.Net.Mail;
using JinIp.Platform.Data;
using JinIp.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Platform.Notifications;

/// <summary>The intranet mail relay: <c>Email:SmtpHost</c>, <c>Email:SmtpPort</c> (25), <c>Email:From</c>.</summary>
public sealed record SmtpSettings(string Host, int Port, string From)
{
    public static SmtpSettings? Read(IConfiguration configuration) =>
        configuration["Email:SmtpHost"] is { Length: > 0 } host
            ? new SmtpSettings(host, configuration.GetValue("Email:SmtpPort", 25), configuration["Email:From"] is { Length: > 0 } from ? from : "noreply@jinip.example")
            : null;
}

/// <summary>What one round of sending did.</summary>
public sealed record EmailSendResult(int Sent, int Failed);

/// <summary>
/// Hands pending outbox mail to the SMTP relay, oldest first. A message that fails is retried on later rounds up to
/// <see cref="MaxAttempts"/> times and then left with its last error for an administrator.
/// </summary>
public sealed class EmailOutboxSender(PlatformDbContext db, TimeProvider clock, ILogger<EmailOutboxSender> logger)
{
    public const int MaxAttempts = 5;
    private const int BatchSize = 50;

    public async Task<EmailSendResult> SendPendingAsync(SmtpSettings settings, CancellationToken cancellationToken = default)
    {
        var pending = await db.EmailOutbox
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return new EmailSendResult(0, 0);
        }

        using var smtp = new SmtpClient(settings.Host, settings.Port);
        var from = new MailAddress(settings.From, "津IP");
        int sent = 0, failed = 0;
        foreach (var message in pending)
        {
            message.Attempts++;
            try
            {
                using var mail = new MailMessage(from, new MailAddress(message.To))
                {
                    Subject = message.Subject,
                    Body = message.Body,
                    SubjectEncoding = System.Text.Encoding.UTF8,
                    BodyEncoding = System.Text.Encoding.UTF8,
                };
                await smtp.SendMailAsync(mail, cancellationToken);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is SmtpException or FormatException or InvalidOperationException)
            {
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                failed++;
                logger.LogWarning("Mail {MailId} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts, ex.Message);
            }

            // Saved one by one: a crash after a send never sends that message again.
            await db.SaveChangesAsync(cancellationToken);
        }

        return new EmailSendResult(sent, failed);
    }
}

/// <summary>On one node at a time, every 30 seconds by default: sends the outbox when a relay is configured.</summary>
public sealed class EmailSenderJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<EmailSenderJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "email-sender";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Email:SendIntervalSeconds", 30)));

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Without a relay the mail stays in the outbox, visible and deliverable once one is configured.
        if (SmtpSettings.Read(configuration) is { } settings)
        {
            await services.GetRequiredService<EmailOutboxSender>().SendPendingAsync(settings, cancellationToken);
        }
    }
}
