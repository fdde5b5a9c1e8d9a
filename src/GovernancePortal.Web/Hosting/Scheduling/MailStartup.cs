using GovernancePortal.Infrastructure.Mail;

namespace GovernancePortal.Web.Hosting.Scheduling;

/// <summary>Start-up rule for e-mail: outside Development the portal must be told how to send mail and its own address.</summary>
public static class MailStartup
{
    /// <summary>Throws with every missing setting named, outside Development; Development uses the pickup folder and localhost.</summary>
    public static void Require(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        var isDevelopment = environment.IsDevelopment();
        var problems = MailSettings.Read(configuration, isDevelopment).Problems().ToList();
        if (PortalAddress.Read(configuration, isDevelopment).Problem is { } address)
        {
            problems.Add(address);
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The portal cannot send e-mail (invitations, reminders, update requests) until these are set:\n- "
                + string.Join("\n- ", problems) + "\nSee docs/configuration.md (E-mail).");
        }
    }
}
