using System.Security.Cryptography;
using System.Text;
using GovernancePortal.Domain.Messaging;
using MimeKit;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>Turns a queued message into the MIME message that is sent: plain text, and HTML when there is one.</summary>
public static class OutboxMimeMessage
{
    public static MimeMessage Create(OutboxMessage message, MailSettings settings, PortalAddress portal, IPageLinks pages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(portal);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = MessageId(message.DeduplicationKey, settings.FromAddress),
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAtUtc, DateTimeKind.Utc)),
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
        // Automatic mail: out-of-office replies should not answer it (RFC 3834).
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = portal.Expand(message.TextBody, pages) };
        if (!string.IsNullOrEmpty(message.HtmlBody))
        {
            body.HtmlBody = portal.Expand(message.HtmlBody, pages);
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>
    /// The same for every attempt at one message (a hash of its unique key), so a receiver that de-duplicates by
    /// Message-Id drops the second copy if a sender crashed after sending but before recording it.
    /// </summary>
    public static string MessageId(string deduplicationKey, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(deduplicationKey);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deduplicationKey)))[..32];
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "governance-portal.local";
        return $"{hash}@{domain}";
    }
}
