using System.Net;
using System.Net.Sockets;
using GovernancePortal.Domain.Messaging;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Mail;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using netDumbster.smtp;

namespace GovernancePortal.IntegrationTests.Mail;

/// <summary>A real SMTP server on loopback (netDumbster) and senders pointed at it.</summary>
internal static class MailTestSupport
{
    public static SimpleSmtpServer StartSmtp(int? port = null) =>
        (port is { } p ? Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(p) : Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort()).Build();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static MailSettings Settings(int port) => new()
    {
        Transport = MailTransportKind.Smtp,
        Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(5) },
        FromAddress = "portal@governance.example.org",
        MaxAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMinutes(1),
        RetryMaxDelay = TimeSpan.FromHours(1),
        BatchSize = 500,
    };

    public static readonly PortalAddress Portal = new(new Uri("https://governance.example.org"));

    public static OutboxSender Sender(GovernancePortalDbContext db, IPageLinks pages, MailSettings settings, TimeProvider time, string? id = null, IMailTransport? transport = null) =>
        new(db, transport ?? new SmtpMailTransport(settings), settings, Portal, pages, time, NullLogger<OutboxSender>.Instance) { SenderId = id ?? OutboxSender.NewSenderId() };

    /// <summary>Runs a sender in a scope of its own on the portal's database.</summary>
    public static async Task<OutboxRun> SendAsync(PortalFactory portal, MailSettings settings, TimeProvider? time = null, string? id = null, IMailTransport? transport = null)
    {
        await using var scope = portal.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var pages = new StandInPageLinks(scope.ServiceProvider.GetRequiredService<IPageLinks>());
        return await Sender(db, pages, settings, time ?? TimeProvider.System, id, transport).SendDueAsync(CancellationToken.None);
    }

    /// <summary>
    /// The app's page links, except the return's task list while that page is not in this build (it is built by the
    /// survey pages' work): then the route issue 11 gives it.
    /// </summary>
    private sealed class StandInPageLinks(IPageLinks app) : IPageLinks
    {
        public string PathFor(string page, IReadOnlyDictionary<string, string> values)
        {
            try
            {
                return app.PathFor(page, values);
            }
            catch (InvalidOperationException) when (page == Application.Features.Surveys.SurveyNotifications.ReturnPage)
            {
                return $"/surveys/returns/{values["returnId"]}/complete";
            }
        }
    }

    /// <summary>Queues <paramref name="count"/> plain messages with keys starting <paramref name="prefix"/>.</summary>
    public static async Task<List<string>> QueueAsync(PortalFactory portal, string prefix, int count, DateTime? due = null)
    {
        var keys = Enumerable.Range(1, count).Select(i => $"{prefix}:{i}").ToList();
        await portal.WithDbAsync(async db =>
        {
            var now = due ?? DateTime.UtcNow;
            foreach (var key in keys)
            {
                await Application.Common.Outbox.QueueAsync(db, new Application.Common.OutgoingEmail("Test", key, $"{key.Replace(':', '-')}@example.org", "Test person", $"Test {key}", "Hello.\n", null, null), now.AddSeconds(-1), CancellationToken.None);
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return keys;
    }

    public static Task<List<OutboxMessage>> MessagesAsync(PortalFactory portal, string prefix) =>
        portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Waits (briefly) until the server has received at least <paramref name="count"/> messages.</summary>
    public static async Task<SmtpMessage[]> ReceivedAsync(SimpleSmtpServer server, Func<SmtpMessage, bool> which, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var received = server.ReceivedEmail.Where(which).ToArray();
            if (received.Length >= count || DateTime.UtcNow > deadline)
            {
                return received;
            }

            await Task.Delay(20);
        }
    }
}
