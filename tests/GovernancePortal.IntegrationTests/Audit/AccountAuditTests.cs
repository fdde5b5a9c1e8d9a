using AngleSharp.Dom;
using System.Net;
using System.Text.Json;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Audit;

/// <summary>Accounts in the audit trail: their changes (never their secrets) and sign-in, lockout, sign-out events.</summary>
public abstract class AccountAuditTests(PortalFactory portal)
{
    private const string Password = "walrus orchestra lantern meadow";

    private static string NewEmail() => $"audit-{Guid.NewGuid():N}@example.org";

    private async Task<string> CreateUserAsync(string email) =>
        await portal.SendAsync(new CreateUserCommand(email, "Audit Test User", Password, [AppRoles.SeniorLead], ["MPS"], false));

    private async Task<List<AuditEntry>> EntriesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        return await filter(db.AuditEntries.AsNoTracking()).OrderBy(a => a.Id).ToListAsync();
    }

    private static string Detail(AuditEntry entry, string field)
    {
        using var json = JsonDocument.Parse(entry.Changes);
        return json.RootElement.GetProperty(field).GetString() ?? string.Empty;
    }

    [Fact]
    public async Task SignIn_SuccessWrongPasswordAndUnknownEmail_WriteAccountEntriesWithoutPasswords()
    {
        var email = NewEmail();
        var id = await CreateUserAsync(email);
        const string wrong = "wrong-password-7c1e9f";
        using var client = portal.NewClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(email, wrong)).StatusCode);
        await client.SignInOrFailAsync(email, Password);
        var unknown = $"  Nobody-{Guid.NewGuid():N}@Example.org ";
        using var other = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await other.SignInAsync(unknown, wrong)).StatusCode);

        var events = await EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn], events.Select(e => e.Action));
        Assert.Equal("wrong password", Detail(events[0], "reason"));
        Assert.All(events, e => Assert.Equal(email, Detail(e, "email")));
        Assert.All(events, e => Assert.Equal(id, e.UserId));

        var key = unknown.Trim().ToLowerInvariant();
        var failed = Assert.Single(await EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == key)));
        Assert.Equal(AuditAction.SignInFailed, failed.Action);
        Assert.Null(failed.UserId);

        var all = await EntriesAsync(q => q);
        Assert.DoesNotContain(all, e => e.Changes.Contains(wrong, StringComparison.Ordinal) || e.Changes.Contains(Password, StringComparison.Ordinal)
            || e.Changes.Contains(PortalFactory.DemoPassword, StringComparison.Ordinal) || e.Changes.Contains("PasswordHash", StringComparison.Ordinal)
            || e.Changes.Contains("SecurityStamp", StringComparison.Ordinal) || e.Changes.Contains("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_TenFailures_WritesLockedOutOnceThenLockedFailures()
    {
        var email = NewEmail();
        var id = await CreateUserAsync(email);
        using var client = portal.NewClient();
        for (var i = 0; i < 11; i++)
        {
            await client.SignInAsync(email, "not the password " + i);
        }

        var events = await EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal(9, events.Count(e => e.Action == AuditAction.SignInFailed && Detail(e, "reason") == "wrong password"));
        var locked = Assert.Single(events, e => e.Action == AuditAction.LockedOut);
        Assert.Equal("too many failed attempts", Detail(locked, "reason"));
        Assert.Equal("account locked", Detail(events[^1], "reason"));

        var lockout = Assert.Single(await EntriesAsync(q => q.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Update)));
        Assert.Contains("\"LockoutEnd\"", lockout.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessFailedCount", lockout.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePasswordAndSignOut_WriteEventsAndPasswordWithoutValues()
    {
        var email = NewEmail();
        var id = await CreateUserAsync(email);
        const string newPassword = "a brand new audited password";
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email, Password);
        var (changed, _) = await client.SubmitFormAsync("/account/change-password",
            [new("Input.CurrentPassword", Password), new("Input.NewPassword", newPassword), new("Input.ConfirmNewPassword", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (_, home) = await client.GetPageAsync("/");
        var (response, _) = await RenderedForm.ForElement(client, "/", home.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[action='/account/sign-out']")!).SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var events = await EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal([AuditAction.SignedIn, AuditAction.PasswordChanged, AuditAction.SignedOut], events.Select(e => e.Action));

        var update = Assert.Single(await EntriesAsync(q => q.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Update)));
        using var json = JsonDocument.Parse(update.Changes);
        Assert.Equal("(changed)", json.RootElement.GetProperty("Password").GetProperty("old").GetString());
        Assert.Equal("(changed)", json.RootElement.GetProperty("Password").GetProperty("new").GetString());
        Assert.Equal(["Password"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task EditUser_RolesAndNameChangedByAdministrator_AuditsFieldsAndRoleNames()
    {
        var email = NewEmail();
        var id = await CreateUserAsync(email);
        using var admin = portal.NewClient();
        await admin.SignInOrFailAsync(PortalFactory.Accounts.Admin);
        var (_, page) = await admin.GetPageAsync($"/admin/users/edit/{id}");
        var stamp = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.ConcurrencyStamp']")!.Value;
        var (response, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}",
        [
            new("Input.DisplayName", "Audit Test User Renamed"),
            new("Input.Roles", AppRoles.Auditor),
            new("Input.Organisations", "MPS"),
            new("Input.Organisations", "MOPAC"),
            new("Input.ConcurrencyStamp", stamp),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var entries = await EntriesAsync(q => q.Where(a => a.EntityKey == id && a.UserName == PortalFactory.Accounts.Admin));
        var roles = entries.Where(e => e.EntityType == "UserRole").ToList();
        Assert.Contains(roles, e => e.Action == AuditAction.Insert && e.Changes == "{\"Role added\":{\"old\":null,\"new\":\"Auditor\"}}");
        Assert.Contains(roles, e => e.Action == AuditAction.Delete && e.Changes == "{\"Role removed\":{\"old\":\"SeniorLead\",\"new\":null}}");
        Assert.Contains(entries, e => e.EntityType == "UserOrganisation" && e.Changes.Contains("\"new\":\"MOPAC\"", StringComparison.Ordinal));
        var user = Assert.Single(entries, e => e.EntityType == nameof(ApplicationUser));
        using var json = JsonDocument.Parse(user.Changes);
        Assert.Equal("Audit Test User Renamed", json.RootElement.GetProperty("DisplayName").GetProperty("new").GetString());
        Assert.Equal(["DisplayName"], json.RootElement.EnumerateObject().Select(p => p.Name));

        var insert = Assert.Single(await EntriesAsync(q => q.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Insert)));
        Assert.Contains($"\"new\":\"{email}\"", insert.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Password\":{\"old\":null,\"new\":\"(changed)\"}", insert.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Normalized", insert.Changes, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAccountAuditTests(SqlitePortal portal) : AccountAuditTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountAuditTests(PostgresPortal portal) : AccountAuditTests(portal);
