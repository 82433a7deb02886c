using System.Net.Mail;
using JinIp.Platform.Data;
using JinIp.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JinIp.Platform.Notifications;

/// <summary>
/// On one node at a time: hands pending outbox mail to the intranet's SMTP relay (<c>Email:SmtpHost</c>,
/// <c>Email:SmtpPort</c>, <c>Email:From</c>). Without a relay configured the mail stays in the outbox, visible
/// and deliverable later; a message that fails five times is left with its last error for an administrator.
/// </summary>
public sealed class EmailSenderJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<EmailSenderJob> logger)
    : LeasedJob(scopes, clock, logger)
{
    public const int MaxAttempts = 5;
    private const int BatchSize = 50;

    protected override string Name => "email-sender";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Email:SendIntervalSeconds", 30));

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var host = configuration["Email:SmtpHost"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return;
        }

        var db = services.GetRequiredService<PlatformDbContext>();
        var pending = await db.EmailOutbox
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        using var smtp = new SmtpClient(host, configuration.GetValue("Email:SmtpPort", 25));
        var from = new MailAddress(configuration["Email:From"] is { Length: > 0 } address ? address : "noreply@jinip.example", "津IP");
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
                message.SentAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is SmtpException or FormatException or InvalidOperationException)
            {
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                logger.LogWarning("Mail {MailId} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts, ex.Message);
            }

            // Saved one by one: a crash after a send never sends that message again.
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
