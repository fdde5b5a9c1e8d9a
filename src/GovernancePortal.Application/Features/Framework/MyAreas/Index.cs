using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework.Proposals;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.MyAreas;

/// <summary>
/// A senior lead's own governance areas (/framework/my-areas): those whose senior leads include a person linked to
/// their account, grouped by organisation, with each area's text in the organisation's open draft year and the lead's
/// proposals, which the lead may withdraw while they wait for a decision.
/// </summary>
public static class LeadAreas
{
    public sealed record Query : IQuery<Areas>;

    public sealed record Areas(IReadOnlyList<MyOrganisation> Organisations);

    /// <summary>One organisation's areas; <see cref="OpenYear"/> is null when no draft year is open for proposals.</summary>
    public sealed record MyOrganisation(string Code, string Name, ReportingYear? OpenYear, IReadOnlyList<MyArea> Areas);

    public sealed record MyArea(int Id, string Reference, string Title, IReadOnlyList<MyBlock> Blocks, IReadOnlyList<MyProposal> Proposals);

    public sealed record MyBlock(int StatementId, string Name, string Text);

    public sealed record MyProposal(int Id, string Block, ReportingYear Year, DateTime ProposedAtUtc, ProposalStatus Status, string? DecidedByName, string? DecisionComment, Guid Version);

    /// <summary>The withdraw button's form: the proposal and the version the page showed.</summary>
    public sealed class Form
    {
        public int ProposalId { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>The lead who made a proposal withdraws it while it still waits for a decision.</summary>
    public sealed record WithdrawCommand(int ProposalId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeFrameworkText;

        public ScopeTarget Scope => ScopeTarget.StatementProposal(ProposalId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Areas>, ICommandHandler<WithdrawCommand>
    {
        public async ValueTask<Areas> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = user.UserId;
            if (userId is null)
            {
                return new Areas([]);
            }

            var areas = await db.GovernanceAreas.AsNoTracking()
                .Where(a => !a.IsArchived && a.SeniorLeads.Any(p => p.UserId == userId && !p.IsArchived))
                .OrderBy(a => a.OrganisationId).ThenBy(a => a.SortOrder)
                .Select(a => new { a.Id, a.OrganisationId, a.Reference, a.Title, a.Organisation!.Code, a.Organisation.Name })
                .ToListAsync(cancellationToken);
            var areaIds = areas.Select(a => a.Id).ToList();
            var proposals = await db.StatementProposals.AsNoTracking()
                .Where(p => p.ProposedByUserId == userId && areaIds.Contains(p.GovernanceAreaId))
                .OrderByDescending(p => p.ProposedAtUtc)
                .ToListAsync(cancellationToken);

            var organisations = new List<MyOrganisation>();
            foreach (var group in areas.Where(a => AccessMatrix.Allows(user, Permission.ProposeFrameworkText, a.Code)).GroupBy(a => new { a.OrganisationId, a.Code, a.Name }))
            {
                var openYear = await ProposalRules.OpenYearAsync(db, group.Key.OrganisationId, cancellationToken);
                var ids = group.Select(a => a.Id).ToList();
                var statements = openYear is { } year
                    ? await db.AreaStatements.AsNoTracking()
                        .Where(s => ids.Contains(s.GovernanceAreaId) && s.Year == year)
                        .ToListAsync(cancellationToken)
                    : [];
                organisations.Add(new MyOrganisation(
                    group.Key.Code,
                    group.Key.Name,
                    openYear,
                    [.. group.Select(a => new MyArea(
                        a.Id,
                        a.Reference,
                        a.Title,
                        [.. statements
                            .Where(s => s.GovernanceAreaId == a.Id)
                            .OrderBy(s => s.Kind).ThenBy(s => s.SortOrder)
                            .Select(s => new MyBlock(s.Id, ProposalRules.BlockName(s.Kind, s.SubTopic), s.Text))],
                        [.. proposals
                            .Where(p => p.GovernanceAreaId == a.Id)
                            .Select(p => new MyProposal(p.Id, ProposalRules.BlockName(p.Kind, p.SubTopic), p.Year, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecisionComment, p.Version))]))]));
            }

            return new Areas(organisations);
        }

        public async ValueTask<Unit> Handle(WithdrawCommand command, CancellationToken cancellationToken)
        {
            var proposal = await db.StatementProposals.SingleOrDefaultAsync(p => p.Id == command.ProposalId, cancellationToken);
            if (proposal is null || user.UserId is null || proposal.ProposedByUserId != user.UserId)
            {
                throw new NotFoundException("You have no such proposal.");
            }

            try
            {
                proposal.Withdraw(new Domain.Common.Actor(user.UserId, proposal.ProposedByName, time.GetUtcNow().UtcDateTime));
            }
            catch (Domain.Common.DomainException problem)
            {
                throw Validation.Fail(string.Empty, problem.Message);
            }

            db.ExpectVersion(proposal, command.Version, "This proposal can no longer be withdrawn: the governance team has just decided it.");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
