using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Opinions;

/// <summary>
/// An organisation's internal audit opinions by reporting year (/papers/opinions/{org}): the level of assurance, who
/// gave it and when, and how many recommendations it reports. The AGS prints the opinion of its year.
/// </summary>
public static class OpinionIndex
{
    /// <summary>How many reporting years back the page offers to record an opinion for.</summary>
    public const int YearsOffered = 5;

    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Item(int Id, string Year, string YearSlug, string Level, string GivenBy, DateOnly? GivenOn, int Recommendations);

    public sealed record YearOption(string Year, string YearSlug);

    public sealed record View(string OrganisationCode, string OrganisationName, bool CanManage, IReadOnlyList<Item> Opinions, IReadOnlyList<YearOption> YearsWithoutOpinion);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var opinions = await db.AuditOpinions.AsNoTracking().Where(o => o.OrganisationId == organisation.Id)
                .Select(o => new { o.Id, o.Year, o.Level, o.GivenBy, o.GivenOn, Count = o.Recommendations.Count })
                .ToListAsync(cancellationToken);
            var recorded = opinions.Select(o => o.Year).ToHashSet();
            var current = ReportingYear.Containing(time.Today());
            var offered = Enumerable.Range(0, YearsOffered).Select(i => current.StartYear - i)
                .Where(y => y >= ReportingYear.MinStartYear).Select(y => new ReportingYear(y))
                .Where(y => !recorded.Contains(y)).Select(y => new YearOption(y.ToString(), OpinionRules.Slug(y)));
            return new View(
                organisation.Code,
                organisation.Name,
                AccessMatrix.Allows(user, Permission.ManagePapers, organisation.Code),
                [.. opinions.OrderByDescending(o => o.Year).Select(o => new Item(o.Id, o.Year.ToString(), OpinionRules.Slug(o.Year), SectionContentText.Level(o.Level), o.GivenBy, o.GivenOn, o.Count))],
                [.. offered]);
        }
    }
}
