using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The surveys of every organisation whose surveys the user may read (/surveys): status, year, response rate and the
/// range of deadlines, latest year first; and whether the user may start one (and for which organisations).
/// </summary>
public static class ListSurveys
{
    public sealed record Query : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(IReadOnlyList<OrganisationSurveys> Organisations);

    public sealed record OrganisationSurveys(string Code, string ShortName, bool CanCreate, IReadOnlyList<Item> Surveys)
    {
        public string Slug => Code.ToLowerInvariant();
    }

    public sealed record Item(int Id, ReportingYear Year, string Title, SurveyStatus Status, ResponseRate Rate, DateOnly? FirstDeadline, DateOnly? LastDeadline);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.Code, o.ShortName }).ToListAsync(cancellationToken))
                .Where(o => AccessMatrix.Allows(user, Permission.ViewSurveyAnalysis, o.Code))
                .ToList();
            var ids = organisations.Select(o => o.Id).ToList();
            var surveys = await db.Surveys.AsNoTracking().Where(s => ids.Contains(s.OrganisationId))
                .Select(s => new
                {
                    s.Id,
                    s.OrganisationId,
                    s.Year,
                    s.Title,
                    s.Status,
                    Statuses = s.Returns.Select(r => r.Status).ToList(),
                    First = s.Returns.Min(r => (DateOnly?)r.Deadline),
                    Last = s.Returns.Max(r => (DateOnly?)r.Deadline),
                })
                .ToListAsync(cancellationToken);
            return new View([.. organisations.Select(o => new OrganisationSurveys(
                o.Code,
                o.ShortName,
                AccessMatrix.Allows(user, Permission.ManageSurveys, o.Code),
                [.. surveys.Where(s => s.OrganisationId == o.Id).OrderByDescending(s => s.Year)
                    .Select(s => new Item(s.Id, s.Year, s.Title, s.Status, new ResponseRate(s.Statuses.Count(ResponseRate.Counts), s.Statuses.Count), s.First, s.Last))]))]);
        }
    }
}
