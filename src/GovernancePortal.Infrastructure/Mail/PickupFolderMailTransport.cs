using MimeKit;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>
/// Writes each message as an .eml file to a folder (<c>Mail:PickupDirectory</c>): the Development default, so no mail
/// server is needed; open the files with any mail program. A file appears whole (written, then renamed).
/// </summary>
public sealed class PickupFolderMailTransport(MailSettings settings) : IMailTransport
{
    public string Directory => settings.PickupDirectory!;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Directory, name + ".eml"));
    }
}
