using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Proposals;

/// <summary>The governance team's queue (/framework/{org}/proposals): pending proposals (oldest first), then decided ones (latest first).</summary>
public static class ListProposals
{
    /// <summary>Decided proposals shown below the pending ones.</summary>
    public const int DecidedShown = 50;

    public sealed record Query(string Organisation) : IQuery<Queue>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Queue(string OrganisationCode, string OrganisationName, IReadOnlyList<Item> Pending, IReadOnlyList<Item> Decided);

    public sealed record Item(
        int Id,
        string AreaReference,
        string AreaTitle,
        string Block,
        ReportingYear Year,
        string ProposedByName,
        DateTime ProposedAtUtc,
        ProposalStatus Status,
        string? DecidedByName,
        DateTime? DecidedAtUtc);

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Queue>
    {
        public async ValueTask<Queue> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var proposals = db.StatementProposals.AsNoTracking().Where(p => p.GovernanceArea!.OrganisationId == organisation.Id);
            var pending = await proposals.Where(p => p.Status == ProposalStatus.Pending)
                .OrderBy(p => p.ProposedAtUtc).ThenBy(p => p.Id)
                .Select(p => new { p.Id, p.GovernanceArea!.Reference, p.GovernanceArea.Title, p.Kind, p.SubTopic, p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc })
                .ToListAsync(cancellationToken);
            var decided = await proposals.Where(p => p.Status != ProposalStatus.Pending)
                .OrderByDescending(p => p.DecidedAtUtc).ThenByDescending(p => p.Id)
                .Take(DecidedShown)
                .Select(p => new { p.Id, p.GovernanceArea!.Reference, p.GovernanceArea.Title, p.Kind, p.SubTopic, p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc })
                .ToListAsync(cancellationToken);
            return new Queue(
                organisation.Code,
                organisation.ShortName,
                [.. pending.Select(p => new Item(p.Id, p.Reference, p.Title, ProposalRules.BlockName(p.Kind, p.SubTopic), p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc))],
                [.. decided.Select(p => new Item(p.Id, p.Reference, p.Title, ProposalRules.BlockName(p.Kind, p.SubTopic), p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc))]);
        }
    }
}
