using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Publishes a signed paper, or an approved one nobody signs (/papers/{id}/publish). Final: every reader of papers may
/// then read it, and it never changes again.
/// </summary>
public static class PublishPaper
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
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            paper.Publish(actor);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Published", actor, cancellationToken);
            return Unit.Value;
        }
    }
}
