using GovernancePortal.Domain.Messaging;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Common;

/// <summary>An e-mail to queue. Links in the bodies are made with <see cref="Outbox.Link"/>.</summary>
/// <param name="Kind">What it is for, e.g. "Survey invitation".</param>
/// <param name="DeduplicationKey">Unique for this message: queuing the same key again adds nothing.</param>
/// <param name="ToAddress">The recipient's address.</param>
/// <param name="ToName">The recipient's name, if known.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">The HTML body, if any.</param>
/// <param name="RecordKey">The record it is about, e.g. "SurveyReturn:12".</param>
public sealed record OutgoingEmail(string Kind, string DeduplicationKey, string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody, string? RecordKey);

/// <summary>
/// Queues e-mail in the outbox, in the caller's unit of work: the message is written by the same SaveChanges as the
/// change that causes it, or not at all. The outbox job sends it (Infrastructure/Mail/OutboxSender).
/// </summary>
public static class Outbox
{
    /// <summary>
    /// Adds the message unless one with the same <see cref="OutgoingEmail.DeduplicationKey"/> is already queued (saved,
    /// or added to this context and not yet saved). Returns whether it was added.
    /// </summary>
    public static async Task<bool> QueueAsync(GovernancePortalDbContext db, OutgoingEmail email, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        var key = Limit(email.DeduplicationKey, OutboxMessage.KeyMaxLength);
        if (db.OutboxMessages.Local.Any(m => m.DeduplicationKey == key)
            || await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == key, cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = Limit(email.Kind, 60),
            DeduplicationKey = key,
            ToAddress = email.ToAddress.Trim(),
            ToName = email.ToName,
            Subject = Limit(email.Subject, OutboxMessage.SubjectMaxLength),
            TextBody = email.TextBody,
            HtmlBody = email.HtmlBody,
            RecordKey = email.RecordKey,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        });
        return true;
    }

    /// <summary>
    /// A link to a page of the portal, made absolute when the message is sent (<see cref="OutboxMessage.PageLinkStart"/>),
    /// e.g. <c>Link("/Improvement/Actions/Details", ("id", 4))</c>.
    /// </summary>
    public static string Link(string page, params (string Name, object Value)[] values) =>
        OutboxMessage.PageLinkStart + page + (values.Length == 0 ? string.Empty : "?" + string.Join('&', values.Select(v =>
            Uri.EscapeDataString(v.Name) + "=" + Uri.EscapeDataString(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)))) + "}";

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..max];
}
