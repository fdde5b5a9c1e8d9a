using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Glossary;

/// <summary>Changes or deletes an acronym of an organisation's glossary (/papers/glossary/{org}/{id}/edit).</summary>
public static class EditGlossaryEntry
{
    public sealed record Query(string Organisation, int EntryId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record View(string OrganisationName, string Acronym, Guid Version, Form Form);

    public sealed class Form
    {
        public string? Acronym { get; set; }

        public string? Definition { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(string Organisation, int EntryId, string? Acronym, string? Definition, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Deletes the acronym; papers printed afterwards no longer list it.</summary>
    public sealed record DeleteCommand(string Organisation, int EntryId, Guid Version) : ICommand, IOrganisationScoped
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

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<DeleteCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var entry = await db.GlossaryEntries.AsNoTracking().SingleOrDefaultAsync(g => g.Id == query.EntryId && g.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such acronym in this organisation's glossary.");
            return new View(organisation.Name, entry.Acronym, entry.Version, new Form { Acronym = entry.Acronym, Definition = entry.Definition, Version = entry.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var entry = await GlossaryRules.LoadAsync(db, organisation.Id, command.EntryId, command.Version, cancellationToken);
            var acronym = CleanText.SingleLine(command.Acronym);
            await GlossaryRules.EnsureFreeAsync(db, organisation.Id, acronym, entry.Id, cancellationToken);
            entry.Acronym = acronym;
            entry.Definition = CleanText.SingleLine(command.Definition);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(DeleteCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var entry = await GlossaryRules.LoadAsync(db, organisation.Id, command.EntryId, command.Version, cancellationToken);
            db.GlossaryEntries.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
