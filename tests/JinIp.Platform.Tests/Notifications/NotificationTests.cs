using System.Net;
using System.Net.Sockets;
using System.Text;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using JinIp.Platform.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Notifications;

public sealed class NotificationTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private async Task<AppUser> UserAsync(string name, string? email)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        var organization = await db.Organizations.FirstAsync();
        var user = new AppUser { UserName = name, Email = email, DisplayName = name, OrganizationId = organization.Id, CreatedAt = fixture.Clock.GetUtcNow().UtcDateTime };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, "Notify-Test-2021x");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user;
    }

    [Fact]
    public async Task Send_WritesTheInbox_AndMailOnlyForUsersWithAnAddress_InTheirLanguage()
    {
        var withMail = await UserAsync("notify-a", "a@demo.jinip.example");
        var withoutMail = await UserAsync("notify-b", null);
        await using var scope = fixture.Scope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var written = await notifier.SendAsync([withMail.Id, withoutMail.Id, Guid.NewGuid()], new NotificationMessage("test", "中文标题", "English title", "中文正文", "English body", "/Patents"));
        Assert.Equal(2, written);
        Assert.Equal(1, await notifier.UnreadCountAsync(withoutMail.Id));

        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var mail = await db.EmailOutbox.SingleAsync(m => m.To == "a@demo.jinip.example");
        Assert.Equal("中文标题", mail.Subject);
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.Subject == "English title"));

        await Assert.ThrowsAsync<ArgumentException>(() => notifier.SendAsync([withMail.Id], new NotificationMessage("test", "x", "x", "x", "x", "https://evil.example/")));
    }

    [Fact]
    public async Task Sender_DeliversPendingMailToTheRelay_Once_AndRecordsFailures()
    {
        var user = await UserAsync("notify-c", "c@demo.jinip.example");
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<Notifier>().SendAsync([user.Id], new NotificationMessage("test", "检索提醒：3 件新专利", "x", "正文第一行", "x"));
        var sender = scope.ServiceProvider.GetRequiredService<EmailOutboxSender>();

        using var relay = new TinySmtpRelay();
        var result = await sender.SendPendingAsync(new SmtpSettings("127.0.0.1", relay.Port, "noreply@jinip.example"));
        Assert.True(result.Sent >= 1);
        var delivered = relay.Messages.Single(m => m.Contains("c@demo.jinip.example", StringComparison.Ordinal));
        Assert.Contains("RCPT TO:<c@demo.jinip.example>", delivered, StringComparison.Ordinal);

        // Nothing left to send: a second round sends nothing again.
        Assert.Equal(new EmailSendResult(0, 0), await sender.SendPendingAsync(new SmtpSettings("127.0.0.1", relay.Port, "noreply@jinip.example")));

        // A relay that is down: the message stays pending with its error and one more attempt counted.
        await scope.ServiceProvider.GetRequiredService<Notifier>().SendAsync([user.Id], new NotificationMessage("test", "第二封", "x", "y", "x"));
        var down = new TcpListener(IPAddress.Loopback, 0);
        down.Start();
        var closedPort = ((IPEndPoint)down.LocalEndpoint).Port;
        down.Stop();
        var failed = await sender.SendPendingAsync(new SmtpSettings("127.0.0.1", closedPort, "noreply@jinip.example"));
        Assert.Equal(1, failed.Failed);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var pending = await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.Subject == "第二封");
        Assert.Null(pending.SentAt);
        Assert.Equal(1, pending.Attempts);
        Assert.False(string.IsNullOrEmpty(pending.LastError));
    }

    /// <summary>Just enough SMTP (RFC 5321) on a loopback port to accept mail and keep each transaction's transcript.</summary>
    private sealed class TinySmtpRelay : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();

        public TinySmtpRelay()
        {
            listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public List<string> Messages { get; } = [];

        private async Task AcceptAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 relay ready");
                var transcript = new StringBuilder();
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    transcript.AppendLine(line);
                    if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase) || line.StartsWith("HELO", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("250 relay");
                    }
                    else if (line.StartsWith("DATA", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".")
                        {
                            transcript.AppendLine(data);
                        }

                        lock (Messages)
                        {
                            Messages.Add(transcript.ToString());
                        }

                        transcript.Clear();
                        await writer.WriteLineAsync("250 queued");
                    }
                    else if (line.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("221 bye");
                        break;
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 ok");
                    }
                }
            }
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
        }
    }
}
