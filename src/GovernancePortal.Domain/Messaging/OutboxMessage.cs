using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Messaging;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as the change that caused it. A background job sends
/// it, retrying with back-off; a sender claims a message (a conditional update of <see cref="ClaimedBy"/> and
/// <see cref="ClaimedUntilUtc"/>) before sending, so two app instances never send one message twice.
/// <see cref="DeduplicationKey"/> is unique: queuing the same reminder twice adds one message.
/// </summary>
public class OutboxMessage : Entity
{
    public const int SubjectMaxLength = 300;
    public const int KeyMaxLength = 200;
    public const int ErrorMaxLength = 2_000;

    /// <summary>
    /// Starts a link in a queued body: <c>{page:/Improvement/Actions/Details?id=4}</c> names a page and its route
    /// values, not an address. The sender writes the absolute address in its place: the configured public address
    /// (<c>Portal:PublicUrl</c>) and the page's own route, so a message queued by a background job, which has no web
    /// request to take an address from, links to the right place, and routes are written once, in the pages.
    /// </summary>
    public const string PageLinkStart = "{page:";

    /// <summary>What the message is for (invitation, reminder…), shown to the governance team.</summary>
    public required string Kind { get; set; }

    /// <summary>Unique: e.g. "sic-invitation:12" or "sic-reminder:12:2020-01-03".</summary>
    public required string DeduplicationKey { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>The record the message is about, e.g. "SurveyReturn:12", for the return's history.</summary>
    public string? RecordKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not sent before this time (the next attempt after a failure).</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>Gave up after too many attempts.</summary>
    public DateTime? FailedAtUtc { get; set; }

    /// <summary>The sender (instance) that holds the message, until <see cref="ClaimedUntilUtc"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }
}
