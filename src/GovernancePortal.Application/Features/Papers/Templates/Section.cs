using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Templates;

/// <summary>
/// Adds a section to an organisation's template or changes one (/papers/templates/{org}/{kind}/section/{id?}): code,
/// heading, what fills it, the CIPFA elements it covers (AGS templates), numbered paragraphs and the default text.
/// Papers already created keep their own sections.
/// </summary>
public static class EditTemplateSection
{
    public sealed record Query(string Organisation, string Kind, int? SectionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>The page; <see cref="Heading"/> is the saved heading of the section changed, null when adding.</summary>
    public sealed record View(string OrganisationName, PaperKind Kind, string KindName, Guid Version, string? Heading, Form Form);

    public sealed class Form
    {
        public string? Code { get; set; }

        public string? Heading { get; set; }

        public SectionContent? Content { get; set; }

        public List<CipfaElement> Elements { get; set; } = [];

        public bool NumberParagraphs { get; set; }

        public string? DefaultText { get; set; }

        /// <summary>The template's version.</summary>
        public Guid Version { get; set; }
    }

    public sealed record Command(
        string Organisation,
        string Kind,
        int? SectionId,
        string? Code,
        string? Heading,
        SectionContent? Content,
        IReadOnlyList<CipfaElement>? Elements,
        bool NumberParagraphs,
        string? DefaultText,
        Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Code, CleanText.SingleLine)
                .MaximumLength(SectionDefinition.CodeMaxLength).WithMessage($"The number must be {SectionDefinition.CodeMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Heading, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the section's heading")
                .MaximumLength(SectionDefinition.HeadingMaxLength).WithMessage($"The heading must be {SectionDefinition.HeadingMaxLength} characters or fewer");
            RuleFor(c => c.Content).NotNull().WithMessage("Choose what fills the section")
                .Must(c => c is null || Enum.IsDefined(c.Value)).WithMessage("Choose what fills the section");
            RuleFor(c => c.Elements).Must(e => e is null || e.All(x => CipfaElements.All.Contains(x))).WithMessage("Choose CIPFA elements from the list");
            this.RuleForCleaned(c => c.DefaultText, CleanText.Multiline)
                .MaximumLength(TextLimits.LongText).WithMessage($"The default text must be {TextLimits.LongText:N0} characters or fewer")
                .Must(t => StructuredText.FindProblems(t).Count == 0).WithMessage((_, t) => StructuredText.FindProblems(t).FirstOrDefault() ?? string.Empty);
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var kind = TemplateRules.ParseKind(query.Kind);
            var template = await db.PaperTemplates.AsNoTracking().Include(t => t.Sections)
                .SingleOrDefaultAsync(t => t.OrganisationId == organisation.Id && t.Kind == kind, cancellationToken)
                ?? throw new NotFoundException("The organisation has no template for this kind of paper.");
            var form = new Form { Version = template.Version, Content = SectionContent.Text };
            string? heading = null;
            if (query.SectionId is { } id)
            {
                var section = TemplateRules.Section(template, id);
                form.Code = section.Code;
                form.Heading = section.Heading;
                form.Content = section.Content;
                form.Elements = [.. CipfaElements.All.Where(e => section.Elements.HasFlag(e))];
                form.NumberParagraphs = section.NumberParagraphs;
                form.DefaultText = section.DefaultText;
                heading = string.IsNullOrEmpty(section.Code) ? section.Heading : $"{section.Code} {section.Heading}";
            }

            return new View(organisation.Name, kind, SectionContentText.Kind(kind), template.Version, heading, form);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var kind = TemplateRules.ParseKind(command.Kind);
            var template = await TemplateRules.LoadAsync(db, organisation.Id, kind, command.Version, cancellationToken);
            var section = command.SectionId is { } id ? TemplateRules.Section(template, id) : null;
            var code = CleanText.OptionalLine(command.Code);
            if (code is not null && template.Sections.Any(s => s != section && string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                throw Validation.Fail(nameof(Command.Code), $"Another section of this template is already numbered {code}");
            }

            // CIPFA's elements are those of an Annual Governance Statement; other papers' sections cover none.
            var elements = kind == PaperKind.AnnualGovernanceStatement
                ? (command.Elements ?? []).Aggregate(CipfaElement.None, (all, e) => all | e)
                : CipfaElement.None;
            var text = CleanText.Multiline(command.DefaultText);
            var definition = new SectionDefinition(code, CleanText.SingleLine(command.Heading), command.Content!.Value, elements, command.NumberParagraphs, text.Length == 0 ? null : text);
            if (section is null)
            {
                template.AddSection(definition);
            }
            else
            {
                template.ReviseSection(section, definition);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
