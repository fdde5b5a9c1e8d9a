using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Audit;

/// <summary>
/// Builders for the audit log, export and history tests: each writes rows (and so audit entries) of its own, under an
/// actor name of its own, so the tests filter the log down to what they caused themselves.
/// </summary>
public static class AuditTestData
{
    public static async Task<T> WithDbAsync<T>(this PortalFactory portal, string actor, Func<GovernancePortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser(actor));
        return await work(db);
    }

    /// <summary>Adds a person, written by a distinctive actor, whose post starts with "=" (a spreadsheet formula).</summary>
    public static async Task<(int Id, string Actor, string Post)> NewPersonAsync(this PortalFactory portal, string? actor = null, string post = "=HYPERLINK(\"http://evil.example\",\"click\"), Director")
    {
        actor ??= $"csv-{Guid.NewGuid():N}@example.org";
        var id = await portal.WithDbAsync(actor, async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var person = new Person { OrganisationId = met.Id, JobTitle = post };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        return (id, actor, post);
    }

    /// <summary>
    /// A governance area of the Met of its own (so its history holds only what the test did), archived so that it stays
    /// out of the dashboard and the framework lists other tests read in the shared portal.
    /// </summary>
    public static Task<int> NewMetAreaAsync(this PortalFactory portal, string actor, string description) =>
        portal.WithDbAsync(actor, async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var principle = await db.Principles.Where(p => p.OrganisationId == met.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var area = new GovernanceArea
            {
                OrganisationId = met.Id,
                PrincipleId = principle,
                Reference = "T" + Guid.NewGuid().ToString("N")[..6],
                Title = "History test area",
                Description = description,
                SortOrder = 900,
                IsArchived = true,
            };
            db.GovernanceAreas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });

    /// <summary>An entry as the interceptor writes it for an improvement action whose RAG was overridden.</summary>
    public static async Task<(int ActionId, string Actor)> NewActionEntryAsync(this PortalFactory portal)
    {
        var actor = $"names-{Guid.NewGuid():N}@example.org";
        var actionId = await portal.WithDbAsync(actor, async db =>
        {
            var action = await db.ImprovementActions.OrderBy(a => a.Id).Select(a => new { a.Id, a.AreaId }).FirstAsync();
            db.AuditEntries.Add(new AuditEntry
            {
                OccurredAtUtc = DateTime.UtcNow,
                UserName = actor,
                EntityType = "ImprovementAction",
                EntityKey = action.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = AuditAction.Update,
                Changes = $$$"""{"RagOverride":{"old":null,"new":"Red"},"RagOverriddenAtUtc":{"old":null,"new":"2026-12-01T14:05:00.0000000Z"},"AreaId":{"old":{{{action.AreaId}}},"new":{{{action.AreaId}}}},"OwnerReportsAtRisk":{"old":false,"new":true}}""",
            });
            await db.SaveChangesAsync();
            return action.Id;
        });
        return (actionId, actor);
    }

    /// <summary>Field and type names the audit views must never show (they are named as on the forms).</summary>
    public static readonly string[] InternalNames = ["ImprovementAction", "RagOverriddenAtUtc", "Rag overridden at utc", "Area id", "AreaId", "Owner reports at risk", "RagOverride"];

    public static readonly ReportingYear DraftYear = new(2017);

    /// <summary>Draft records of the Met written by a unique actor: a changed block, a deleted block and a proposal.</summary>
    public sealed record Draft(string Actor, int AreaId, int StatementId, int DeletedId, int ProposalId, int YearId, string Marker);

    private static readonly SemaphoreSlim OpeningDraft = new(1, 1);

    /// <summary>
    /// Opens the Met's 2017/18 year as a draft (once per portal) and writes draft text in it. Only for a
    /// <see cref="DraftAuditPortal"/>: the shared portals keep the seeded years.
    /// </summary>
    public static async Task<Draft> NewMetDraftAsync(this DraftAuditPortal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await OpeningDraft.WaitAsync();
        try
        {
            await portal.WithDbAsync("draft opener", async db =>
            {
                var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
                if (!await db.FrameworkYears.AnyAsync(y => y.OrganisationId == met.Id && y.Year == DraftYear))
                {
                    db.FrameworkYears.Add(new FrameworkYear { OrganisationId = met.Id, Year = DraftYear, Status = FrameworkYearStatus.Draft, RolledForwardFrom = DraftYear.Previous, OpenedAtUtc = DateTime.UtcNow });
                    await db.SaveChangesAsync();
                }

                return 0;
            });
        }
        finally
        {
            OpeningDraft.Release();
        }

        var marker = $"Unpublished wording {Guid.NewGuid():N}";
        var actor = $"drafter-{Guid.NewGuid():N}@example.org";
        return await portal.WithDbAsync(actor, async db =>
        {
            var areaId = await db.GovernanceAreas.Where(a => a.Reference == "12" && a.Organisation!.Code == OrganisationCodes.Met).Select(a => a.Id).SingleAsync();
            var statement = new AreaStatement { GovernanceAreaId = areaId, Year = DraftYear, Kind = StatementKind.ActivityDuringYear, SubTopic = "Draft test", SortOrder = 101, Text = marker + " (first)" };
            var deleted = new AreaStatement { GovernanceAreaId = areaId, Year = DraftYear, Kind = StatementKind.ActivityDuringYear, SubTopic = "Draft test", SortOrder = 102, Text = marker + " (deleted)" };
            var proposal = new StatementProposal
            {
                GovernanceAreaId = areaId, Year = DraftYear, Kind = StatementKind.ActivityDuringYear, ProposedText = marker + " (proposed)",
                ProposedByName = "Test lead", ProposedAtUtc = DateTime.UtcNow, Status = ProposalStatus.Pending,
            };
            db.AddRange(statement, deleted, proposal);
            await db.SaveChangesAsync();
            statement.Text = marker + " (changed)";
            db.AreaStatements.Remove(deleted);
            await db.SaveChangesAsync();
            var yearId = await db.FrameworkYears.Where(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == DraftYear).Select(y => y.Id).SingleAsync();
            return new Draft(actor, areaId, statement.Id, deleted.Id, proposal.Id, yearId, marker);
        });
    }

    /// <summary>The viewer name for an auditor of MOPAC only (an account these tests create).</summary>
    public const string MopacAuditor = "mopac-auditor";

    private const string MopacAuditorPassword = "Walrus orchestra kept 41 lanterns";

    private static readonly SemaphoreSlim CreatingAuditor = new(1, 1);

    /// <summary>A client signed in as <paramref name="viewer"/>: a demo account, or <see cref="MopacAuditor"/>.</summary>
    public static async Task<HttpClient> ViewerAsync(this PortalFactory portal, string viewer)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (viewer != MopacAuditor)
        {
            return await portal.SignedInAsync(viewer);
        }

        var email = $"mopac-auditor-{portal.Provider}@example.org".ToLowerInvariant();
        await CreatingAuditor.WaitAsync();
        try
        {
            var exists = await portal.WithDbAsync("reader", db => db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
            if (!exists)
            {
                await portal.SendAsync(new CreateUser.Command(email, "MOPAC Auditor", MopacAuditorPassword, [AppRoles.Auditor], [OrganisationCodes.Mopac], false));
            }
        }
        finally
        {
            CreatingAuditor.Release();
        }

        // An account these tests create has a password of its own: signed in through the form.
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email, MopacAuditorPassword);
        return client;
    }
}

/// <summary>A portal of its own: the draft-visibility tests open the Met's 2017/18 year as a draft and add draft text.</summary>
public abstract class DraftAuditPortal(DatabaseProvider provider) : PortalFactory(provider);

public sealed class SqliteDraftAuditPortal() : DraftAuditPortal(DatabaseProvider.Sqlite);

public sealed class PostgresDraftAuditPortal() : DraftAuditPortal(DatabaseProvider.Postgres);

/// <summary>One draft-audit portal per provider, shared by the audit log's and the history pages' draft tests.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteDraftAuditCollection : ICollectionFixture<SqliteDraftAuditPortal>
{
    public const string Name = "SQLite portal (draft audit)";
}

[CollectionDefinition(Name)]
public sealed class PostgresDraftAuditCollection : ICollectionFixture<PostgresDraftAuditPortal>
{
    public const string Name = "PostgreSQL portal (draft audit)";
}
