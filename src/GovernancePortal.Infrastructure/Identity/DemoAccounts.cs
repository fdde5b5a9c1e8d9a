using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Identity;

/// <summary>A demo account: one per role, all sharing the configured demo password.</summary>
public sealed record DemoAccount(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, string? LeadPost = null)
{
    /// <summary>The demo accounts (Development, or where explicitly configured).</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@example.org", "Demo Administrator", [AppRoles.Administrator], [OrganisationCodes.Met, OrganisationCodes.Mopac]),
        new("governance.met@example.org", "Demo Met Governance Officer", [AppRoles.GovernanceTeam], [OrganisationCodes.Met]),
        new("governance.mopac@example.org", "Demo MOPAC Governance Officer", [AppRoles.GovernanceTeam], [OrganisationCodes.Mopac]),
        new("lead@example.org", "Demo Senior Lead", [AppRoles.SeniorLead], [OrganisationCodes.Met], LeadPost: "AC Professionalism"),
        new("panel@example.org", "Demo Audit Panel Member", [AppRoles.PanelMember], [OrganisationCodes.Met, OrganisationCodes.Mopac]),
        new("auditor@example.org", "Demo Auditor", [AppRoles.Auditor], [OrganisationCodes.Met, OrganisationCodes.Mopac]),
    ];
}

/// <summary>
/// Creates the demo accounts, or resets them to the current demo password (so a changed or generated password always
/// works), unlocks them and links the demo senior lead to the post that owns improvement actions.
/// </summary>
public sealed class DemoAccountSeeder(GovernancePortalDbContext db, UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher, TimeProvider time)
{
    public async Task<IReadOnlyList<DemoAccount>> EnsureAsync(string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        string? sharedHash = null;
        foreach (var account in DemoAccount.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CreatedAtUtc = time.GetUtcNow().UtcDateTime,
                };
                user.Organisations.AddRange(account.Organisations.Where(organisations.ContainsKey)
                    .Select(code => new UserOrganisation { UserId = user.Id, OrganisationId = organisations[code] }));
                // The demo password is set, not validated: demo accounts exist only with Demo:Seed, never in production,
                // and a developer's demo password need not pass the strength check that real accounts do.
                user.PasswordHash = sharedHash ??= hasher.HashPassword(user, password);
                Check(await users.CreateAsync(user), account.Email);
                Check(await users.AddToRolesAsync(user, account.Roles), account.Email);
            }
            else
            {
                // One hash for all demo accounts: they share one password, and hashing is deliberately slow.
                sharedHash ??= hasher.HashPassword(user, password);
                user.PasswordHash = sharedHash;
                user.IsDisabled = false;
                user.LockoutEnd = null;
                user.AccessFailedCount = 0;
                Check(await users.UpdateAsync(user), account.Email);
            }

            if (account.LeadPost is not null)
            {
                await LinkLeadAsync(user, account.LeadPost, cancellationToken);
            }
        }

        return DemoAccount.All;
    }

    private async Task LinkLeadAsync(ApplicationUser user, string post, CancellationToken cancellationToken)
    {
        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met, cancellationToken);
        var person = await db.People.FirstOrDefaultAsync(p => p.OrganisationId == met.Id && p.JobTitle == post, cancellationToken);
        if (person is not null && person.UserId != user.Id)
        {
            person.UserId = user.Id;
            person.Email ??= user.Email;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
