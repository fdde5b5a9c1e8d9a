using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers.Glossary;

/// <summary>Adds an acronym to an organisation's glossary (/papers/glossary/{org}/create). Returns the new id.</summary>
public static class CreateGlossaryEntry
{
    /// <summary>The organisation's name for the page heading; the governance team only.</summary>
    public sealed record Query(string Organisation) : IQuery<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Form
    {
        public string? Acronym { get; set; }

        public string? Definition { get; set; }
    }

    public sealed record Command(string Organisation, string? Acronym, string? Definition) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            GlossaryRules.Acronym(this, c => c.Acronym);
            GlossaryRules.Definition(this, c => c.Definition);
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, string>, ICommandHandler<Command, int>
    {
        public async ValueTask<string> Handle(Query query, CancellationToken cancellationToken) =>
            (await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken)).Name;

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var acronym = CleanText.SingleLine(command.Acronym);
            await GlossaryRules.EnsureFreeAsync(db, organisation.Id, acronym, exceptId: null, cancellationToken);
            var entry = new GlossaryEntry { OrganisationId = organisation.Id, Acronym = acronym, Definition = CleanText.SingleLine(command.Definition) };
            db.GlossaryEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return entry.Id;
        }
    }
}
