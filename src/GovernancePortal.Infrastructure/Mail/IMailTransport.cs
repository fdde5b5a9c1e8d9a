using MimeKit;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>Hands one message to the mail system. Throws when it could not; the outbox sender retries.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
