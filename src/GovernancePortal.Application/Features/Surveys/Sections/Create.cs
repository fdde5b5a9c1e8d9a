using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Sections;

/// <summary>Adds a section to a draft survey (/surveys/{id}/sections/create). Returns the new section's id.</summary>
public static class CreateSection
{
    public sealed record Query(int SurveyId) : IQuery<Choices>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record Choices(SurveyHeading Survey, IReadOnlyList<AreaOption> Areas);

    public sealed class Form
    {
        public string? Title { get; set; }

        public string? Guidance { get; set; }

        public int? GovernanceAreaId { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, Guid Version, string? Title, string? Guidance, int? GovernanceAreaId) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => SectionFields.Rules(this, c => c.Title, c => c.Guidance);
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Choices>, ICommandHandler<Command, int>
    {
        public async ValueTask<Choices> Handle(Query query, CancellationToken cancellationToken) =>
            new(await SurveyEdits.HeadingAsync(db, query.SurveyId, cancellationToken), await SectionFields.AreasAsync(db, query.SurveyId, cancellationToken));

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            var area = await SectionFields.AreaAsync(db, survey.OrganisationId, command.GovernanceAreaId, cancellationToken);
            var section = survey.AddSection(CleanText.SingleLine(command.Title), SectionFields.Optional(command.Guidance), area);
            await db.SaveChangesAsync(cancellationToken);
            return section.Id;
        }
    }
}
