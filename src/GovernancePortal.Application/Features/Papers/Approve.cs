using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Approves a paper in review (/papers/{id}/approve), freezing its text. Shows the checks; refused while any check
/// fails with an error or a review comment is open (<see cref="Paper.Approve"/>).
/// </summary>
public static class ApprovePaper
{
    public sealed record Query(int PaperId) : IQuery<GetPaperChecks.View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record Command(int PaperId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer, PaperCheckRunner checks)
        : IQueryHandler<Query, GetPaperChecks.View>, ICommandHandler<Command>
    {
        public async ValueTask<GetPaperChecks.View> Handle(Query query, CancellationToken cancellationToken) =>
            await GetPaperChecks.Handler.ForAsync(db, user, await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken), checks, cancellationToken);

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken);
            var findings = await checks.RunAsync(paper, cancellationToken);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            paper.Approve(findings.Count(f => f.Severity == CheckSeverity.Error), actor);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Approved", actor, cancellationToken);
            return Unit.Value;
        }
    }
}
