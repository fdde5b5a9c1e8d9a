using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers.Sections;

/// <summary>
/// A section of a paper (/papers/{id}/sections/{sectionId}): its heading, its own text and (in an AGS) which of CIPFA's
/// required elements it covers. What the section generates after the text is shown, with where it is changed.
/// </summary>
public static class EditPaperSection
{
    public sealed record Query(int PaperId, int SectionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, int SectionId, string Title, SectionContent Content, int OpenComments, Form Input);

    public sealed class Form
    {
        public string? Heading { get; set; }

        public string? Text { get; set; }

        public List<CipfaElement> Elements { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Command(int PaperId, int SectionId, Guid Version, string? Heading, string? Text, IReadOnlyList<CipfaElement> Elements) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Heading, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the section's heading")
                .MaximumLength(SectionDefinition.HeadingMaxLength).WithMessage($"The heading must be {SectionDefinition.HeadingMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Text, CleanText.Multiline)
                .MaximumLength(TextLimits.LongText).WithMessage($"The text must be {TextLimits.LongText:N0} characters or fewer")
                .Must(t => StructuredText.FindProblems(t).Count == 0).WithMessage((_, t) => StructuredText.FindProblems(t).FirstOrDefault() ?? string.Empty);
            RuleForEach(c => c.Elements).Must(e => CipfaElements.All.Contains(e)).WithMessage("Choose elements from the list");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var section = PaperEdits.Section(paper, query.SectionId);
            return new View(
                PaperEdits.Heading(paper),
                section.Id,
                section.Title,
                section.Content,
                paper.Comments.Count(c => c.SectionId == section.Id && !c.IsResolved),
                new Form
                {
                    Heading = section.Heading,
                    Text = section.Text,
                    Elements = [.. CipfaElements.All.Where(e => section.Elements.HasFlag(e))],
                    Version = section.Version,
                });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.LoadAsync(db, command.PaperId, cancellationToken);
            var section = PaperEdits.Section(paper, command.SectionId);
            db.ExpectVersion(section, command.Version, PaperEdits.ConflictMessage, () => new Dictionary<string, string?>
            {
                ["Heading"] = section.Heading,
                ["Text"] = section.Text,
            });
            paper.EditSection(section, CleanText.SingleLine(command.Heading), CleanText.Multiline(command.Text));
            if (paper.Kind == PaperKind.AnnualGovernanceStatement)
            {
                paper.CoverElements(section, command.Elements.Aggregate(CipfaElement.None, (all, e) => all | e));
            }

            await PaperEdits.SaveWithVersionAsync(db, composer, paper, $"Edited {section.Title}", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }
    }
}
