using System.Text.Json;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovernancePortal.Infrastructure.Auditing;

/// <summary>
/// How changes to accounts reach the audit trail: the account's own fields (never its secrets), its roles and its
/// organisations. Role and organisation links are keyed by the account id and name the role or organisation, so one
/// query finds everything that happened to an account.
/// </summary>
internal static class AccountAudit
{
    /// <summary>The audit entity type of role links ("Role added" / "Role removed").</summary>
    public const string UserRoleType = "UserRole";

    /// <summary>The audit entity type of organisation links ("Organisation added" / "Organisation removed").</summary>
    public const string UserOrganisationType = "UserOrganisation";

    /// <summary>The field a password change is recorded under, without any value.</summary>
    public const string PasswordField = "Password";

    public const string PasswordChangedValue = "(changed)";

    /// <summary>Secrets: never written to the audit trail, not even masked.</summary>
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        nameof(ApplicationUser.PasswordHash),
        nameof(ApplicationUser.SecurityStamp),
        nameof(ApplicationUser.ConcurrencyStamp),
    };

    /// <summary>Bookkeeping that changes on every sign-in and says nothing about the account itself.</summary>
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        nameof(ApplicationUser.NormalizedEmail),
        nameof(ApplicationUser.NormalizedUserName),
        nameof(ApplicationUser.AccessFailedCount),
        nameof(ApplicationUser.LastSignInAtUtc),
    };

    /// <summary>True for fields of an account that are never recorded.</summary>
    public static bool IsSkipped(string field) => Secrets.Contains(field) || Noise.Contains(field);

    /// <summary>The audit of an account change, or null when the entry is not about accounts or changed nothing worth recording.</summary>
    public static PendingChange? Describe(GovernancePortalDbContext context, EntityEntry entry, AuditAction action) => entry.Entity switch
    {
        ApplicationUser user => DescribeUser(context, entry, user, action),
        IdentityUserRole<string> link => Link(entry, action, UserRoleType, "Role", link.UserId, RoleName(context, link.RoleId)),
        UserOrganisation link => Link(entry, action, UserOrganisationType, "Organisation", link.UserId, OrganisationCode(context, link)),
        _ => null,
    };

    /// <summary>Keeps a copy of each account read from the database.</summary>
    public static void OnTracked(GovernancePortalDbContext context, EntityTrackedEventArgs e)
    {
        if (e.FromQuery && e.Entry.Entity is ApplicationUser user)
        {
            context.AccountSnapshots[user] = e.Entry.OriginalValues.Clone();
        }
    }

    /// <summary>After a save, the accounts as saved are what the next save is compared with.</summary>
    public static void AcceptSaved(GovernancePortalDbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<ApplicationUser>())
        {
            if (entry.State == EntityState.Unchanged)
            {
                context.AccountSnapshots[entry.Entity] = entry.CurrentValues.Clone();
            }
        }
    }

    private static PendingChange? DescribeUser(GovernancePortalDbContext context, EntityEntry entry, ApplicationUser user, AuditAction action)
    {
        // Identity's UserStore attaches and updates the account, which marks every field modified and can lose the
        // original values: compare with the copy taken when the account was read, when there is one.
        Func<PropertyEntry, object?>? original = action == AuditAction.Update && context.AccountSnapshots.TryGetValue(user, out var snapshot)
            ? property => snapshot[property.Metadata.Name]
            : null;
        var password = entry.Property(nameof(ApplicationUser.PasswordHash));
        var passwordChanged = action switch
        {
            AuditAction.Insert => password.CurrentValue is not null,
            AuditAction.Update => !Equals(original is null ? password.OriginalValue : original(password), password.CurrentValue),
            _ => false,
        };
        Action<Utf8JsonWriter>? extra = passwordChanged
            ? json =>
            {
                json.WriteStartObject(PasswordField);
                if (action == AuditAction.Insert)
                {
                    json.WriteNull("old");
                }
                else
                {
                    json.WriteString("old", PasswordChangedValue);
                }

                json.WriteString("new", PasswordChangedValue);
                json.WriteEndObject();
            }
            : null;

        var changes = AuditInterceptor.DescribeChanges(entry, action, IsSkipped, extra, original, out var fields);

        // A sign-in touches the counters and stamps only: nothing to record.
        return action == AuditAction.Update && fields == 0 ? null : new PendingChange(entry, action, changes, nameof(ApplicationUser), user.Id);
    }

    private static PendingChange? Link(EntityEntry entry, AuditAction action, string type, string what, string userId, string name)
    {
        var field = action switch
        {
            AuditAction.Insert => $"{what} added",
            AuditAction.Delete => $"{what} removed",
            _ => null,
        };
        if (field is null)
        {
            return null; // links are only ever added or removed
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject(field);
            AuditInterceptor.WriteValue(json, "old", action == AuditAction.Delete ? name : null);
            AuditInterceptor.WriteValue(json, "new", action == AuditAction.Insert ? name : null);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new PendingChange(entry, action, System.Text.Encoding.UTF8.GetString(buffer.ToArray()), type, userId);
    }

    /// <summary>
    /// The role's name: Identity has already loaded the role to link it; the portal's role ids ("role-auditor") name
    /// the role otherwise. No query runs inside a save.
    /// </summary>
    private static string RoleName(GovernancePortalDbContext context, string roleId)
    {
        if (context.Roles.Local.FirstOrDefault(r => r.Id == roleId)?.Name is { } name)
        {
            return name;
        }

        const string prefix = "role-";
        return roleId.StartsWith(prefix, StringComparison.Ordinal)
            && AppRoles.All.FirstOrDefault(r => string.Equals(r, roleId[prefix.Length..], StringComparison.OrdinalIgnoreCase)) is { } known
            ? known
            : roleId;
    }

    private static string OrganisationCode(GovernancePortalDbContext context, UserOrganisation link) =>
        link.Organisation?.Code
        ?? context.Organisations.Local.FirstOrDefault(o => o.Id == link.OrganisationId)?.Code
        ?? link.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
