using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>How e-mail leaves the portal: the <c>Mail</c> configuration section (docs/configuration.md).</summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    /// <summary><c>Smtp</c> (a mail server) or <c>Pickup</c> (.eml files in a folder). Default: Pickup in Development, Smtp elsewhere.</summary>
    public MailTransportKind? Transport { get; set; }

    /// <summary>The folder the pickup transport writes to. Default: <c>mail-pickup</c> under the data folder.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public string FromAddress { get; set; } = "governance-portal@localhost";

    public string FromName { get; set; } = "Governance Portal";

    /// <summary>Attempts before a message is given up (marked failed).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with every further failure, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a sender holds the messages it claimed; after that another sender may take them.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages claimed in one run.</summary>
    public int BatchSize { get; set; } = 50;

    public static MailSettings Read(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(Section).Get<MailSettings>() ?? new MailSettings();
        settings.Transport ??= isDevelopment ? MailTransportKind.Pickup : MailTransportKind.Smtp;
        if (string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var dataDirectory = configuration["Database:DataDirectory"];
            settings.PickupDirectory = Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? Data.DatabaseSettings.DefaultDataDirectory() : dataDirectory, "mail-pickup");
        }

        return settings;
    }

    /// <summary>The problems that stop the portal sending mail, in words an operator can act on (empty when none).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Transport == MailTransportKind.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            problems.Add("Mail:Smtp:Host is not set (environment variable Mail__Smtp__Host): name the SMTP server the portal sends e-mail through, "
                + "or set Mail:Transport to Pickup to write messages to a folder instead.");
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            problems.Add("Mail:Smtp:Port must be between 1 and 65535.");
        }

        if (!MimeKit.MailboxAddress.TryParse(FromAddress, out _))
        {
            problems.Add($"Mail:FromAddress '{FromAddress}' is not an e-mail address.");
        }

        if (MaxAttempts < 1)
        {
            problems.Add("Mail:MaxAttempts must be 1 or more.");
        }

        return problems;
    }
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Optional: the server is used without authentication when unset.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum MailTransportKind
{
    Pickup,
    Smtp,
}

public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same host or network.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (port 587); refuses to send if the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
