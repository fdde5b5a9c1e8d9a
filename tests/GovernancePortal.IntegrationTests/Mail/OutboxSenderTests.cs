using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Infrastructure.Mail;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GovernancePortal.IntegrationTests.Mail;

/// <summary>The outbox sender against a real SMTP server on loopback.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class OutboxSenderTests(SqlitePortal portal)
{
    [Fact]
    public async Task Send_QueuedInvitation_IsDeliveredToTheSignatoryWithALinkToTheReturn()
    {
        using var smtp = MailTestSupport.StartSmtp();
        var survey = await portal.NewMailSurveyAsync(issue: false, withDelegate: true);
        var returnId = survey.ReturnId;
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Surveys.AsTracking().Include(s => s.Returns).ThenInclude(r => r.Signatory).Include(s => s.Returns).ThenInclude(r => r.Delegates)
                .SingleAsync(s => s.Id == survey.SurveyId);
            await SurveyNotifications.QueueInvitationsAsync(db, stored, stored.Returns, DateTime.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
            return 0;
        });
        var email = survey.SignatoryEmail;

        await MailTestSupport.SendAsync(portal, MailTestSupport.Settings(smtp.Configuration.Port));

        var received = Assert.Single(await MailTestSupport.ReceivedAsync(smtp, m => m.ToAddresses.Any(a => a.Address == email), 1));
        Assert.StartsWith("Complete your Statement of Internal Control by ", received.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://governance.example.org/surveys/returns/{returnId}/complete", received.Data, StringComparison.Ordinal);
        Assert.Contains("only you can sign and submit", received.Data, StringComparison.Ordinal);
        var messages = await MailTestSupport.MessagesAsync(portal, $"sic-invitation:{returnId}:");
        Assert.Equal(2, messages.Count); // the signatory and the delegate
        Assert.All(messages, m => Assert.NotNull(m.SentAtUtc));
        Assert.All(messages, m => Assert.Null(m.ClaimedBy));
    }

    [Fact]
    public async Task Queue_SameKeyTwice_AddsOneMessage()
    {
        var prefix = $"dedupe-{Guid.NewGuid():N}";
        await MailTestSupport.QueueAsync(portal, prefix, 1);
        await MailTestSupport.QueueAsync(portal, prefix, 1);
        await portal.WithDbAsync(async db =>
        {
            // Twice in one unit of work, before saving: still one.
            var first = await Application.Common.Outbox.QueueAsync(db, new Application.Common.OutgoingEmail("Test", $"{prefix}:x", "a@example.org", null, "S", "T", null, null), DateTime.UtcNow, CancellationToken.None);
            var second = await Application.Common.Outbox.QueueAsync(db, new Application.Common.OutgoingEmail("Test", $"{prefix}:x", "a@example.org", null, "S", "T", null, null), DateTime.UtcNow, CancellationToken.None);
            Assert.True(first);
            Assert.False(second);
            await db.SaveChangesAsync();
            return 0;
        });

        Assert.Equal(2, (await MailTestSupport.MessagesAsync(portal, prefix)).Count);
    }

    [Fact]
    public async Task Send_TwoSendersAtOnce_DeliverEveryMessageExactlyOnce() => await TwoSenders.RunAsync(portal);

    [Fact]
    public async Task Send_PickupTransport_WritesAReadableEmlFile()
    {
        var folder = Directory.CreateTempSubdirectory("gp-pickup-").FullName;
        try
        {
            var settings = MailTestSupport.Settings(25);
            settings.Transport = MailTransportKind.Pickup;
            settings.PickupDirectory = folder;
            var prefix = $"pickup-{Guid.NewGuid():N}";
            await MailTestSupport.QueueAsync(portal, prefix, 1);

            await MailTestSupport.SendAsync(portal, settings, transport: new PickupFolderMailTransport(settings));

            var files = Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
            var message = Assert.Single(files, m => m.Subject == $"Test {prefix}:1");
            Assert.Equal($"{prefix}-1@example.org", message.To.Mailboxes.Single().Address);
            Assert.Equal(OutboxMimeMessage.MessageId($"{prefix}:1", settings.FromAddress), message.MessageId);
            Assert.Equal("Hello.", message.TextBody?.Trim());
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A portal of its own: a failing mail server makes every due message fail, not only the test's own.</summary>
public sealed class MailPortal() : PortalFactory(Infrastructure.Data.DatabaseProvider.Sqlite);

/// <summary>Failures: retry with back-off, then give up.</summary>
public sealed class OutboxRetryTests(MailPortal portal) : IClassFixture<MailPortal>
{
    [Fact]
    public async Task Send_ServerDown_RetriesWithBackOffThenSendsWhenItIsBack()
    {
        var port = MailTestSupport.FreePort();
        var settings = MailTestSupport.Settings(port);
        var prefix = $"retry-{Guid.NewGuid():N}";
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await MailTestSupport.QueueAsync(portal, prefix, 1, time.GetUtcNow().UtcDateTime);

        await MailTestSupport.SendAsync(portal, settings, time);
        var failed = Assert.Single(await MailTestSupport.MessagesAsync(portal, prefix));
        Assert.Null(failed.SentAtUtc);
        Assert.Null(failed.FailedAtUtc);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Equal(time.GetUtcNow().UtcDateTime.AddMinutes(1), failed.NextAttemptAtUtc, TimeSpan.FromSeconds(1));

        // Not due yet: nothing is tried.
        Assert.Equal(0, (await MailTestSupport.SendAsync(portal, settings, time)).Sent);
        time.Advance(TimeSpan.FromMinutes(1.5));
        await MailTestSupport.SendAsync(portal, settings, time);
        var second = Assert.Single(await MailTestSupport.MessagesAsync(portal, prefix));
        Assert.Equal(2, second.Attempts);
        Assert.Equal(time.GetUtcNow().UtcDateTime.AddMinutes(2), second.NextAttemptAtUtc, TimeSpan.FromSeconds(1));

        using var smtp = MailTestSupport.StartSmtp(port);
        time.Advance(TimeSpan.FromMinutes(3));
        await MailTestSupport.SendAsync(portal, settings, time);

        var sent = Assert.Single(await MailTestSupport.MessagesAsync(portal, prefix));
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal(3, sent.Attempts);
        Assert.Single(await MailTestSupport.ReceivedAsync(smtp, m => m.Subject == $"Test {prefix}:1", 1));
    }

    [Fact]
    public async Task Send_ServerDownTooOften_GivesUp()
    {
        var settings = MailTestSupport.Settings(MailTestSupport.FreePort());
        var prefix = $"give-up-{Guid.NewGuid():N}";
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await MailTestSupport.QueueAsync(portal, prefix, 1, time.GetUtcNow().UtcDateTime);

        for (var i = 0; i < settings.MaxAttempts; i++)
        {
            await MailTestSupport.SendAsync(portal, settings, time);
            time.Advance(TimeSpan.FromHours(2));
        }

        var message = Assert.Single(await MailTestSupport.MessagesAsync(portal, prefix));
        Assert.NotNull(message.FailedAtUtc);
        Assert.Equal(settings.MaxAttempts, message.Attempts);
        Assert.Null(message.SentAtUtc);
    }
}

/// <summary>The same exactly-once test on PostgreSQL, where two senders really write at the same time.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxSenderTests(PostgresPortal portal)
{
    [Fact]
    public async Task Send_TwoSendersAtOnce_DeliverEveryMessageExactlyOnce()
    {
        portal.RequireAvailable();
        await TwoSenders.RunAsync(portal);
    }
}

internal static class TwoSenders
{
    public static async Task RunAsync(PortalFactory portal)
    {
        using var smtp = MailTestSupport.StartSmtp();
        var settings = MailTestSupport.Settings(smtp.Configuration.Port);
        settings.BatchSize = 7;
        var prefix = $"pair-{Guid.NewGuid():N}";
        var keys = await MailTestSupport.QueueAsync(portal, prefix, 30);

        async Task Loop(string id)
        {
            for (var i = 0; i < 20; i++)
            {
                var run = await MailTestSupport.SendAsync(portal, settings, id: id);
                if (run.Claimed == 0 && (await MailTestSupport.MessagesAsync(portal, prefix)).All(m => m.SentAtUtc != null))
                {
                    return;
                }
            }
        }

        await Task.WhenAll(Task.Run(() => Loop("sender-a")), Task.Run(() => Loop("sender-b")));

        var messages = await MailTestSupport.MessagesAsync(portal, prefix);
        Assert.All(messages, m => Assert.NotNull(m.SentAtUtc));
        Assert.All(messages, m => Assert.Equal(1, m.Attempts));
        var received = await MailTestSupport.ReceivedAsync(smtp, m => m.Subject.StartsWith($"Test {prefix}:", StringComparison.Ordinal), keys.Count);
        Assert.Equal(keys.Count, received.Length);
        Assert.Equal(keys.Select(k => $"Test {k}").Order(), received.Select(m => m.Subject).Order());
    }
}

/// <summary>E-mail links come from the pages' own routes.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class PageLinksTests(SqlitePortal portal)
{
    [Fact]
    public void Expand_PageLink_IsThePublicAddressAndThePagesRoute()
    {
        var pages = portal.Services.GetRequiredService<IPageLinks>();
        var text = MailTestSupport.Portal.Expand("See " + Application.Common.Outbox.Link("/Improvement/Actions/Details", ("id", 42)) + " now.", pages);
        Assert.Equal("See https://governance.example.org/improvement/actions/42 now.", text);
    }

    [Fact]
    public void Expand_UnknownPage_Throws() =>
        Assert.Throws<InvalidOperationException>(() => MailTestSupport.Portal.Expand(Application.Common.Outbox.Link("/No/Such/Page", ("id", 1)), portal.Services.GetRequiredService<IPageLinks>()));
}
