using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>Adds a recommendation (/recommendations/{org}/create) to an existing report or to a new one entered with it, in one save.</summary>
public static class CreateRecommendation
{
    /// <summary>The form's choices; the organisation's first visit seeds the default source bodies.</summary>
    public sealed record Query(string Organisation) : IQuery<RecommendationChoices>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Command(string Organisation, RecommendationForm Input) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => RecommendationFormRules.Add(this, c => c.Input, creating: true);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, RecommendationChoices>, ICommandHandler<Command, int>
    {
        public async ValueTask<RecommendationChoices> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            await RecommendationLists.EnsureSourcesAsync(db, organisation.Id, cancellationToken);
            return await RecommendationChoices.LoadAsync(db, organisation, null, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var form = command.Input;
            SourceReport report;
            if (form.NewReport)
            {
                var source = await db.RecommendationSources.SingleOrDefaultAsync(s => s.Id == form.SourceId && s.OrganisationId == organisation.Id && !s.IsArchived, cancellationToken)
                    ?? throw Validation.Fail(nameof(RecommendationForm.SourceId), $"Choose a source body of {organisation.ShortName}");
                report = new SourceReport
                {
                    OrganisationId = organisation.Id,
                    Source = source,
                    SourceId = source.Id,
                    Title = CleanText.SingleLine(form.ReportTitle),
                    PublishedOn = form.ReportDate.Date,
                    Reference = CleanText.OptionalLine(form.ReportReference),
                };
                db.SourceReports.Add(report);
            }
            else
            {
                var reportId = int.TryParse(form.Report, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
                report = await db.SourceReports.SingleOrDefaultAsync(r => r.Id == reportId && r.OrganisationId == organisation.Id, cancellationToken)
                    ?? throw Validation.Fail(nameof(RecommendationForm.Report), $"Choose a report of {organisation.ShortName}, or enter a new one");
            }

            var details = await RecommendationFormRules.DetailsAsync(db, organisation, form, cancellationToken);
            var recommendation = Recommendation.Raise(report, details, await CurrentActor.OfAsync(db, user, time, cancellationToken));
            db.Recommendations.Add(recommendation);
            report.Recommendations.Add(recommendation);
            await db.SaveChangesAsync(cancellationToken);
            return recommendation.Id;
        }
    }
}
