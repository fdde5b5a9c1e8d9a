using System.Net;
using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Pages.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Audit;

/// <summary>
/// The audit log, its CSV export and the history pages show a framework year's unpublished text (its blocks, deleted
/// blocks and proposed wording) only to those who may read that organisation's drafts: never to the administrator,
/// nor to an auditor or governance officer of the other organisation.
/// </summary>
public abstract class AuditDraftVisibilityTests(PortalFactory portal)
{
    private const string MopacAuditor = "mopac-auditor";
    private const string Password = "Walrus orchestra kept 41 lanterns";

    private static readonly SemaphoreSlim CreatingAuditor = new(1, 1);

    /// <summary>Draft records of the Met written by a unique actor: a changed block, a deleted block and a proposal.</summary>
    private sealed record Draft(string Actor, int AreaId, int StatementId, int DeletedId, int ProposalId, int YearId, string Marker);

    private async Task<Draft> NewMetDraftAsync()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var marker = $"Unpublished wording {Guid.NewGuid():N}";
        var actor = $"drafter-{Guid.NewGuid():N}@example.org";
        var areaId = await portal.MetAreaIdAsync("12");
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser(actor));
        var statement = new AreaStatement { GovernanceAreaId = areaId, Year = FrameworkTestData.DraftYear, Kind = StatementKind.ActivityDuringYear, SubTopic = "Draft test", SortOrder = 101, Text = marker + " (first)" };
        var deleted = new AreaStatement { GovernanceAreaId = areaId, Year = FrameworkTestData.DraftYear, Kind = StatementKind.ActivityDuringYear, SubTopic = "Draft test", SortOrder = 102, Text = marker + " (deleted)" };
        var proposal = new StatementProposal
        {
            GovernanceAreaId = areaId, Year = FrameworkTestData.DraftYear, Kind = StatementKind.ActivityDuringYear, ProposedText = marker + " (proposed)",
            ProposedByName = "Test lead", ProposedAtUtc = DateTime.UtcNow, Status = ProposalStatus.Pending,
        };
        db.AddRange(statement, deleted, proposal);
        await db.SaveChangesAsync();
        statement.Text = marker + " (changed)";
        db.AreaStatements.Remove(deleted);
        await db.SaveChangesAsync();
        var yearId = await db.FrameworkYears.Where(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == FrameworkTestData.DraftYear).Select(y => y.Id).SingleAsync();
        return new Draft(actor, areaId, statement.Id, deleted.Id, proposal.Id, yearId, marker);
    }

    private async Task<HttpClient> SignedInAsync(string viewer)
    {
        var client = portal.NewClient();
        if (viewer == MopacAuditor)
        {
            var email = $"mopac-auditor-{portal.Provider}@example.org".ToLowerInvariant();
            await CreatingAuditor.WaitAsync();
            try
            {
                var exists = await FrameworkTestData.WithDbAsync(portal, db => db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
                if (!exists)
                {
                    await portal.SendAsync(new CreateUserCommand(email, "MOPAC Auditor", Password, [AppRoles.Auditor], [OrganisationCodes.Mopac], false));
                }
            }
            finally
            {
                CreatingAuditor.Release();
            }

            await client.SignInOrFailAsync(email, Password);
        }
        else
        {
            await client.SignInOrFailAsync(viewer);
        }

        return client;
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, false)]
    [InlineData(MopacAuditor, false)]
    [InlineData(PortalFactory.Accounts.Auditor, true)]
    public async Task AuditLog_MetDraft_ShownOnlyToThoseWhoMayReadMetDrafts(string viewer, bool sees)
    {
        var draft = await NewMetDraftAsync();
        using var client = await SignedInAsync(viewer);

        var (response, document) = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(draft.Actor)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = document.Body!.InnerHtml;
        // Created ×3, changed, deleted: all five entries, or none (and the count says so).
        Assert.Equal(sees ? 5 : 0, document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(sees, html.Contains(draft.Marker, StringComparison.Ordinal));
        foreach (var (type, key) in new[] { ("AreaStatement", draft.StatementId), ("AreaStatement", draft.DeletedId), ("StatementProposal", draft.ProposalId), ("FrameworkYear", draft.YearId) })
        {
            var (_, byKey) = await client.GetPageAsync($"/admin/audit?type={type}&key={key}");
            Assert.Equal(sees, byKey.QuerySelectorAll("tbody tr").Length > 0);
        }

        var export = await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(draft.Actor)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(sees, csv.Contains(draft.Marker, StringComparison.Ordinal));
        Assert.Equal(sees ? 6 : 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // The whole log, unfiltered, never carries the text either.
        var (_, all) = await client.GetPageAsync("/admin/audit");
        Assert.Equal(sees, all.Body!.InnerHtml.Contains(draft.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, HttpStatusCode.OK, false)]
    [InlineData(MopacAuditor, HttpStatusCode.Forbidden, false)]
    [InlineData(PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden, false)]
    [InlineData(PortalFactory.Accounts.Auditor, HttpStatusCode.OK, true)]
    [InlineData(PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK, true)]
    public async Task AreaHistory_MetDraft_ShownOnlyToThoseWhoMayReadMetDrafts(string viewer, HttpStatusCode status, bool sees)
    {
        var draft = await NewMetDraftAsync();
        using var client = await SignedInAsync(viewer);

        var response = await client.GetAsync(new Uri($"/history/governance-area/{draft.AreaId}", UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(sees, html.Contains(draft.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, HttpStatusCode.Forbidden)]
    [InlineData(MopacAuditor, HttpStatusCode.Forbidden)]
    [InlineData(PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden)]
    [InlineData(PortalFactory.Accounts.Auditor, HttpStatusCode.OK)]
    [InlineData(PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK)]
    public async Task DraftYearHistory_OnlyThoseWhoMayReadMetDrafts_CanOpenIt(string viewer, HttpStatusCode status)
    {
        var draft = await NewMetDraftAsync();
        using var client = await SignedInAsync(viewer);

        Assert.Equal(status, (await client.GetAsync(new Uri($"/history/framework-year/{draft.YearId}", UriKind.Relative))).StatusCode);
    }
}

/// <summary>A portal of its own: these tests add draft text and a pending proposal to the Met's draft year.</summary>
public sealed class SqliteDraftAuditPortal() : PortalFactory(DatabaseProvider.Sqlite);

public sealed class PostgresDraftAuditPortal() : PortalFactory(DatabaseProvider.Postgres);

public sealed class SqliteAuditDraftVisibilityTests(SqliteDraftAuditPortal portal) : AuditDraftVisibilityTests(portal), IClassFixture<SqliteDraftAuditPortal>;

public sealed class PostgresAuditDraftVisibilityTests(PostgresDraftAuditPortal portal) : AuditDraftVisibilityTests(portal), IClassFixture<PostgresDraftAuditPortal>;
