using System.Text.Json;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Pages.Admin.Audit;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Accounts the account pages' tests create for themselves, with passwords of their own: these tests sign in through
/// the real form (password hashing, lockout, throttle), unlike every other test.
/// </summary>
public static class AccountTestData
{
    public const string Password = "lockout test walrus passphrase";

    public static async Task<string> NewAccountAsync(this PortalFactory portal, string prefix = "account", string role = AppRoles.PanelMember)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var email = $"{prefix}-{Guid.NewGuid():N}@example.org";
        await portal.SendAsync(new CreateUser.Command(email, "Account Test", Password, [role], role is AppRoles.SeniorLead ? ["MPS"] : [], MustChangePassword: false));
        return email;
    }

    public static Task<string> AccountIdAsync(this PortalFactory portal, string email) =>
        portal.WithDbAsync("reader", db => db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());

    public static Task<List<AuditEntry>> EntriesAsync(this PortalFactory portal, Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return portal.WithDbAsync("reader", db => filter(db.AuditEntries.AsNoTracking()).OrderBy(a => a.Id).ToListAsync());
    }

    public static string Detail(AuditEntry entry, string field)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var json = JsonDocument.Parse(entry.Changes);
        return json.RootElement.GetProperty(field).GetString() ?? string.Empty;
    }
}
