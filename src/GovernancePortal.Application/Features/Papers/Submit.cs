using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>Sends a draft for review (/papers/{id}/submit): reviewers may then comment on each section.</summary>
public static class SubmitPaper
{
    public sealed record Query(int PaperId) : IQuery<PaperHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record Command(int PaperId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, PaperHeading>, ICommandHandler<Command>
    {
        public async ValueTask<PaperHeading> Handle(Query query, CancellationToken cancellationToken) =>
            await PaperEdits.HeadingAsync(db, query.PaperId, cancellationToken);

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken);
            paper.SubmitForReview();
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Sent for review", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }
    }
}
