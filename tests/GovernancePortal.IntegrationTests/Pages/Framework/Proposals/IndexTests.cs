using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Proposals;

/// <summary>The Proposals/Index page (Index.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    private async Task<(int AreaId, int StatementId)> LeadsBlockAsync(string text = "The original text.")
    {
        var areaId = await portal.MetAreaIdAsync("5");
        return (areaId, await portal.NewDraftStatementAsync(areaId, text));
    }

    private async Task<int> ProposeAsync(HttpClient lead, int areaId, int statementId, string text, string reason = "")
    {
        var (response, document) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}",
            [new("Input.ProposedText", text), new("Input.Reason", reason)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Proposing failed with {(int)response.StatusCode}: {string.Join("; ", document.ErrorSummary())}");
        Assert.Equal("/framework/my-areas", response.Headers.Location?.OriginalString);
        return (await LatestProposalAsync(statementId)).Id;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpContext> SignedInContextAsync(IServiceProvider services, string email)
    {
        var users = (Microsoft.AspNetCore.Identity.UserManager<GovernancePortal.Infrastructure.Identity.ApplicationUser>)services.GetService(typeof(Microsoft.AspNetCore.Identity.UserManager<GovernancePortal.Infrastructure.Identity.ApplicationUser>))!;
        var factory = (Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<GovernancePortal.Infrastructure.Identity.ApplicationUser>)services.GetService(typeof(Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<GovernancePortal.Infrastructure.Identity.ApplicationUser>))!;
        var user = await users.FindByEmailAsync(email);
        return new Microsoft.AspNetCore.Http.DefaultHttpContext { User = await factory.CreateAsync(user!), RequestServices = services };
    }

    private Task<StatementProposal> LatestProposalAsync(int statementId) =>
        portal.WithDbAsync(db => db.StatementProposals.AsNoTracking().Where(p => p.AreaStatementId == statementId).OrderByDescending(p => p.Id).FirstAsync());

    [Fact]
    public async Task CountPendingProposals_ForGovernance_CountsOwnOrganisationOnly()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await ProposeAsync(lead, areaId, statementId, "Counted.");

        var expected = await portal.WithDbAsync(db => db.StatementProposals.CountAsync(p => p.Status == ProposalStatus.Pending && p.GovernanceArea!.Organisation!.Code == "MPS"));
        await using var scope = portal.NewScope();
        var accessor = scope.ServiceProvider.GetService(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor)) as Microsoft.AspNetCore.Http.IHttpContextAccessor;
        Assert.NotNull(accessor);
        accessor.HttpContext = await SignedInContextAsync(scope.ServiceProvider, PortalFactory.Accounts.MetGovernance);
        var mediator = (Mediator.IMediator)scope.ServiceProvider.GetService(typeof(Mediator.IMediator))!;

        var counts = await mediator.Send(new GovernancePortal.Application.Features.Framework.Proposals.CountPendingProposalsQuery());

        Assert.Equal(expected, counts["MPS"]);
        Assert.False(counts.ContainsKey("MOPAC"));
    }
}
