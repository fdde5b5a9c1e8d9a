using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Sections;

/// <summary>
/// A section of a survey (/surveys/{id}/sections/{sectionId}): while the survey is a draft, its title, guidance and
/// area change, it moves up or down and can be removed; once issued only its guidance can be improved.
/// </summary>
public static class EditSection
{
    public sealed record Query(int SurveyId, int SectionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, int SectionId, int Order, int SectionCount, IReadOnlyList<AreaOption> Areas, Form Input);

    public sealed class Form
    {
        public string? Title { get; set; }

        public string? Guidance { get; set; }

        public int? GovernanceAreaId { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, int SectionId, Guid Version, string? Title, string? Guidance, int? GovernanceAreaId) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>Moves the section one place up (-1) or down (+1).</summary>
    public sealed record MoveCommand(int SurveyId, int SectionId, Guid Version, int Direction) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record RemoveCommand(int SurveyId, int SectionId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => SectionFields.Rules(this, c => c.Title, c => c.Guidance);
    }

    public sealed class Handler(GovernancePortalDbContext db)
        : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<MoveCommand>, ICommandHandler<RemoveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            var section = SurveyEdits.Section(survey, query.SectionId);
            return new View(
                await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken),
                section.Id,
                survey.OrderedSections.ToList().IndexOf(section) + 1,
                survey.Sections.Count,
                await SectionFields.AreasAsync(db, survey.Id, cancellationToken),
                new Form { Title = section.Title, Guidance = section.Guidance, GovernanceAreaId = section.GovernanceAreaId, Version = survey.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken, s => Values(s, command.SectionId));
            var section = SurveyEdits.Section(survey, command.SectionId);
            var area = await SectionFields.AreaAsync(db, survey.OrganisationId, command.GovernanceAreaId, cancellationToken);
            survey.EditSection(section, CleanText.SingleLine(command.Title), SectionFields.Optional(command.Guidance), area);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(MoveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            survey.MoveSection(SurveyEdits.Section(survey, command.SectionId), command.Direction);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(RemoveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            survey.RemoveSection(SurveyEdits.Section(survey, command.SectionId));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static IReadOnlyDictionary<string, string?> Values(Survey survey, int sectionId)
        {
            var section = survey.Sections.FirstOrDefault(s => s.Id == sectionId);
            return new Dictionary<string, string?> { ["Title"] = section?.Title, ["Guidance"] = section?.Guidance };
        }
    }
}
