using System.Text.Json;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Data;

/// <summary>The audit trail and optimistic concurrency, on each real database engine.</summary>
public abstract class DataIntegrityTests(PortalFactory portal)
{
    private async Task<int> NewPersonAsync(string post)
    {
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("test setup"));
        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
        var person = new Person { OrganisationId = met.Id, JobTitle = post };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    [Fact]
    public async Task SaveChanges_Update_RecordsWhoWhenAndOldToNewInAuditTrail()
    {
        var id = await NewPersonAsync("Head of Assurance " + Guid.NewGuid().ToString("N")[..6]);
        await using var scope = portal.NewScope();
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("alice@example.org")))
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.JobTitle = "Director of Audit, Risk & Assurance";
            person.Email = "dara@example.org";
            await db.SaveChangesAsync();
        }

        await using var check = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        var entries = await check.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Insert, AuditAction.Update], entries.Select(e => e.Action));
        var update = entries[1];
        Assert.Equal("alice@example.org", update.UserName);
        Assert.True(DateTime.UtcNow - update.OccurredAtUtc < TimeSpan.FromMinutes(5));
        Assert.Equal(DateTimeKind.Utc, update.OccurredAtUtc.Kind);
        using var changes = JsonDocument.Parse(update.Changes);
        Assert.Equal("Director of Audit, Risk & Assurance", changes.RootElement.GetProperty("JobTitle").GetProperty("new").GetString());
        Assert.StartsWith("Head of Assurance", changes.RootElement.GetProperty("JobTitle").GetProperty("old").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, changes.RootElement.GetProperty("Email").GetProperty("old").ValueKind);
        Assert.False(changes.RootElement.TryGetProperty("OrganisationId", out _), "Unchanged fields are not recorded on update.");
    }

    [Fact]
    public async Task SaveChanges_FailsPartWay_SavesNeitherChangeNorAudit()
    {
        var id = await NewPersonAsync("Chief Risk Officer " + Guid.NewGuid().ToString("N")[..6]);
        await using var scope = portal.NewScope();
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("bob@example.org")))
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.JobTitle = "Renamed in a failed save";
            db.People.Add(new Person { OrganisationId = -1, JobTitle = "Belongs to no organisation" }); // foreign key violation
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        Assert.StartsWith("Chief Risk Officer", (await check.People.SingleAsync(p => p.Id == id)).JobTitle, StringComparison.Ordinal);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.UserName == "bob@example.org"));
    }

    [Fact]
    public async Task SaveChanges_SomeoneElseSavedFirst_ThrowsConcurrencyConflict()
    {
        var id = await NewPersonAsync("Head of Governance " + Guid.NewGuid().ToString("N")[..6]);
        await using var scope = portal.NewScope();
        await using var first = portal.NewDbContext(scope.ServiceProvider, new SystemUser("first"));
        await using var second = portal.NewDbContext(scope.ServiceProvider, new SystemUser("second"));
        var mine = await first.People.SingleAsync(p => p.Id == id);
        var theirs = await second.People.SingleAsync(p => p.Id == id);

        theirs.FullName = "Saved first";
        await second.SaveChangesAsync();
        mine.FullName = "Saved second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        await using var check = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        Assert.Equal("Saved first", (await check.People.SingleAsync(p => p.Id == id)).FullName);
    }

    [Fact]
    public async Task Read_HostileText_IsStoredExactly()
    {
        const string hostile = "<script>alert('x')</script>\u0000\u202E' OR 1=1; -- 🎉 naïve £1,250 – “quoted”";
        var id = await NewPersonAsync("Hostile " + Guid.NewGuid().ToString("N")[..6]);
        await using var scope = portal.NewScope();
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("tester")))
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.FullName = hostile.Replace("\u0000", string.Empty, StringComparison.Ordinal); // PostgreSQL text cannot hold NUL
            await db.SaveChangesAsync();
        }

        await using var check = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        Assert.Equal(hostile.Replace("\u0000", string.Empty, StringComparison.Ordinal), (await check.People.SingleAsync(p => p.Id == id)).FullName);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDataIntegrityTests(SqlitePortal portal) : DataIntegrityTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDataIntegrityTests(PostgresPortal portal) : DataIntegrityTests(portal);
