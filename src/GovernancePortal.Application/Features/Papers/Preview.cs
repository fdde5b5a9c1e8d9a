using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>The paper as composed now, shown inside the portal (/papers/{id}/preview): the same model as its files.</summary>
public static class PreviewPaper
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, PaperDocument Document);

    public sealed class Handler(GovernancePortalDbContext db, PaperComposer composer) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            return new View(PaperEdits.Heading(paper), await composer.ComposeAsync(paper, cancellationToken));
        }
    }
}
