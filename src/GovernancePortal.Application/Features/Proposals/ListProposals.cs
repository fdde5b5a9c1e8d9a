using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Proposals;

/// <summary>The governance team's queue: pending proposals (oldest first), then decided ones (latest first).</summary>
public sealed record ListProposalsQuery(string Organisation) : IQuery<ProposalQueue>;

public sealed record ProposalQueue(string OrganisationCode, string OrganisationName, IReadOnlyList<ProposalListItem> Pending, IReadOnlyList<ProposalListItem> Decided);

public sealed record ProposalListItem(
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

public sealed class ListProposalsHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListProposalsQuery, ProposalQueue>
{
    /// <summary>Decided proposals shown below the pending ones.</summary>
    public const int DecidedShown = 50;

    public async ValueTask<ProposalQueue> Handle(ListProposalsQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
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
        return new ProposalQueue(
            organisation.Code,
            organisation.ShortName,
            [.. pending.Select(p => new ProposalListItem(p.Id, p.Reference, p.Title, ProposalRules.BlockName(p.Kind, p.SubTopic), p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc))],
            [.. decided.Select(p => new ProposalListItem(p.Id, p.Reference, p.Title, ProposalRules.BlockName(p.Kind, p.SubTopic), p.Year, p.ProposedByName, p.ProposedAtUtc, p.Status, p.DecidedByName, p.DecidedAtUtc))]);
    }
}
