using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Templates;

/// <summary>
/// An organisation's paper templates, one kind at a time (/papers/templates/{org}/{kind?}): the sections in order,
/// what fills each, the CIPFA elements they cover; moving and removing sections; creating the template of a kind the
/// organisation has none for, from <see cref="DefaultTemplates"/>. Changes affect only papers created afterwards:
/// a paper copies its template's sections when it is created.
/// </summary>
public static class TemplateIndex
{
    public sealed record Query(string Organisation, string? Kind) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Tab(PaperKind Kind, string Name, bool HasTemplate);

    public sealed record Section(int Id, string? Code, string Heading, string Content, string ContentDescription, IReadOnlyList<string> Elements, bool NumberParagraphs, bool HasDefaultText);

    /// <summary>The page; <see cref="Sections"/> is null when the organisation has no template of the kind.</summary>
    public sealed record View(string OrganisationCode, string OrganisationName, PaperKind Kind, IReadOnlyList<Tab> Tabs, int? TemplateId, Guid Version, IReadOnlyList<Section>? Sections, IReadOnlyList<string> MissingElements);

    /// <summary>What the section buttons post.</summary>
    public sealed class Form
    {
        public int SectionId { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>Creates the organisation's template of the kind from the default sections.</summary>
    public sealed record CreateCommand(string Organisation, string Kind) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Moves a section one place up (<see cref="Direction"/> -1) or down (+1).</summary>
    public sealed record MoveCommand(string Organisation, string Kind, int SectionId, int Direction, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record RemoveCommand(string Organisation, string Kind, int SectionId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Handler(GovernancePortalDbContext db) :
        IQueryHandler<Query, View>, ICommandHandler<CreateCommand>, ICommandHandler<MoveCommand>, ICommandHandler<RemoveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var kind = query.Kind is null ? PaperKind.AnnualGovernanceStatement : TemplateRules.ParseKind(query.Kind);
            var kinds = await db.PaperTemplates.AsNoTracking().Where(t => t.OrganisationId == organisation.Id).Select(t => t.Kind).ToListAsync(cancellationToken);
            var tabs = SectionContentText.Kinds.Select(k => new Tab(k, SectionContentText.Kind(k), kinds.Contains(k))).ToList();
            var template = await db.PaperTemplates.AsNoTracking().Include(t => t.Sections)
                .SingleOrDefaultAsync(t => t.OrganisationId == organisation.Id && t.Kind == kind, cancellationToken);
            if (template is null)
            {
                return new View(organisation.Code, organisation.Name, kind, tabs, null, Guid.Empty, null, []);
            }

            var sections = template.OrderedSections.Select(s => new Section(
                s.Id, s.Code, s.Heading, SectionContentText.Name(s.Content), SectionContentText.Describe(s.Content),
                SectionContentText.Elements(s.Elements), s.NumberParagraphs, !string.IsNullOrEmpty(s.DefaultText))).ToList();
            var covered = template.Sections.Aggregate(CipfaElement.None, (all, s) => all | s.Elements);
            var missing = kind == PaperKind.AnnualGovernanceStatement
                ? CipfaElements.All.Where(e => !covered.HasFlag(e)).Select(CipfaElements.Describe).ToList()
                : [];
            return new View(organisation.Code, organisation.Name, kind, tabs, template.Id, template.Version, sections, missing);
        }

        public async ValueTask<Unit> Handle(CreateCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var kind = TemplateRules.ParseKind(command.Kind);
            if (await db.PaperTemplates.AnyAsync(t => t.OrganisationId == organisation.Id && t.Kind == kind, cancellationToken))
            {
                throw new ConcurrencyConflictException("Someone else created this template after you opened the page. It is shown below as they made it.", new Dictionary<string, string?>());
            }

            var template = new PaperTemplate { OrganisationId = organisation.Id, Kind = kind };
            foreach (var definition in DefaultTemplates.For(kind))
            {
                template.AddSection(definition);
            }

            db.PaperTemplates.Add(template);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(MoveCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var template = await TemplateRules.LoadAsync(db, organisation.Id, TemplateRules.ParseKind(command.Kind), command.Version, cancellationToken);
            template.Move(TemplateRules.Section(template, command.SectionId), command.Direction);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(RemoveCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var template = await TemplateRules.LoadAsync(db, organisation.Id, TemplateRules.ParseKind(command.Kind), command.Version, cancellationToken);
            template.RemoveSection(TemplateRules.Section(template, command.SectionId));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
