using GovernancePortal.Domain.Messaging;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>
/// Sends the outbox. Each run claims the due messages with one conditional UPDATE (only rows that are unsent, not
/// given up, due, and not held by another sender's unexpired claim), then sends only the rows it holds, and records
/// each result with an UPDATE that checks it still holds the claim. Two app instances sharing one database therefore
/// never send the same message in the same run window.
/// </summary>
/// <remarks>
/// The one window left: a sender that crashes (or whose claim expires) after the mail server accepted a message but
/// before the "sent" row was written. The message is then sent again after <see cref="MailSettings.ClaimDuration"/>.
/// Every attempt at one message carries the same Message-Id (<see cref="OutboxMimeMessage.MessageId"/>), so a receiver
/// that de-duplicates by Message-Id shows it once. No outbox can close that window without the mail server taking
/// part in the transaction.
/// </remarks>
public sealed partial class OutboxSender(GovernancePortalDbContext db, IMailTransport transport, MailSettings settings, PortalAddress portal, IPageLinks pages, TimeProvider time, ILogger<OutboxSender> logger)
{
    /// <summary>Who this sender is, written into <see cref="OutboxMessage.ClaimedBy"/> (host, process, instance).</summary>
    public string SenderId { get; init; } = NewSenderId();

    public static string NewSenderId()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= 150 ? id : id[^150..];
    }

    public async Task<OutboxRun> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + settings.ClaimDuration;
        // One claim token per run: the sender id and a run number, so a result is only recorded by the run that holds the row.
        var claim = $"{SenderId}#{Guid.NewGuid():N}";

        var candidates = await Due(db.OutboxMessages, now).OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new OutboxRun(0, 0, 0, 0);
        }

        await Due(db.OutboxMessages.Where(m => candidates.Contains(m.Id)), now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        var mine = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ClaimedBy == claim && m.SentAtUtc == null && m.FailedAtUtc == null)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);

        int sent = 0, retrying = 0, failed = 0;
        foreach (var message in mine)
        {
            try
            {
                await transport.SendAsync(OutboxMimeMessage.Create(message, settings, portal, pages), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = message.Attempts + 1;
                var givesUp = RetryPolicy.GivesUp(attempts, settings.MaxAttempts);
                var at = time.GetUtcNow().UtcDateTime;
                var next = at + RetryPolicy.DelayAfter(attempts, settings.RetryBaseDelay, settings.RetryMaxDelay);
                var error = Trim($"{exception.GetType().Name}: {exception.Message}", OutboxMessage.ErrorMaxLength);
                await Held(message.Id, claim).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAtUtc, next)
                    .SetProperty(m => m.FailedAtUtc, givesUp ? at : null)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
                if (givesUp)
                {
                    failed++;
                    LogGaveUp(logger, message.Id, message.Kind, attempts, exception);
                }
                else
                {
                    retrying++;
                    LogWillRetry(logger, message.Id, message.Kind, attempts, next, exception);
                }

                continue;
            }

            sent++;
            var recorded = await Held(message.Id, claim).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAtUtc, time.GetUtcNow().UtcDateTime)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            if (recorded == 0)
            {
                // The claim expired while sending and another sender took the row: it may send it again (same Message-Id).
                LogLostClaim(logger, message.Id);
            }
        }

        return new OutboxRun(mine.Count, sent, retrying, failed);
    }

    private IQueryable<OutboxMessage> Held(int id, string claim) =>
        db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == claim && m.SentAtUtc == null);

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => m.SentAtUtc == null && m.FailedAtUtc == null && m.NextAttemptAtUtc <= now
            && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now));

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} ({Kind}) failed (attempt {Attempts}); next attempt at {Next:u}.")]
    private static partial void LogWillRetry(ILogger logger, int id, string kind, int attempts, DateTime next, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Id} ({Kind}) failed {Attempts} times and will not be tried again.")]
    private static partial void LogGaveUp(ILogger logger, int id, string kind, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} was sent after this sender's claim on it had expired; another sender may send it again (with the same Message-Id).")]
    private static partial void LogLostClaim(ILogger logger, int id);
}

/// <summary>What one run did: messages claimed, sent, to be retried, given up.</summary>
public sealed record OutboxRun(int Claimed, int Sent, int Retrying, int Failed);
