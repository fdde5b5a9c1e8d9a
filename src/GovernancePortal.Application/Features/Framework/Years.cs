using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// The governance team's years page (/framework/{org}/years): every year of the organisation's framework, opening the
/// next year by rolling the framework forward, and publishing the draft.
/// </summary>
public static class ManageFrameworkYears
{
    /// <summary>The organisation's framework with all its years (the governance team sees drafts too).</summary>
    public sealed record Query(string Organisation) : IQuery<FrameworkSummary>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>
    /// Opens the year after the organisation's latest one by rolling the framework forward: every area that is not
    /// archived keeps its principle and leads, and its Code of Governance text (key controls, commitments) is copied into
    /// the new year as a draft. The AGS review text is written afresh; last year's text stays exactly as it was.
    /// <see cref="LatestYear"/> is the latest year the page showed, so a year opened meanwhile is not skipped.
    /// </summary>
    public sealed record OpenCommand(string Organisation, string LatestYear) : ICommand<Opened>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>The year opened, its slug ("2017-18"), and how many areas and blocks were carried forward.</summary>
    public sealed record Opened(ReportingYear Year, string YearSlug, int Areas, int Blocks);

    /// <summary>Publishes a draft year: its text becomes read-only and visible to everyone who may read the framework.</summary>
    public sealed record PublishCommand(string Organisation, string Year, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, FrameworkSummary>, ICommandHandler<OpenCommand, Opened>, ICommandHandler<PublishCommand>
    {
        public async ValueTask<FrameworkSummary> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var years = await db.FrameworkYears.AsNoTracking().Where(y => y.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
            var areas = await db.GovernanceAreas.CountAsync(a => a.OrganisationId == organisation.Id && !a.IsArchived, cancellationToken);
            return new FrameworkSummary(
                FrameworkScope.Slug(organisation), organisation.Name, organisation.ShortName, areas, FrameworkScope.VisibleYears(user, organisation, years), CanEdit: true);
        }

        public async ValueTask<Opened> Handle(OpenCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var latest = await db.FrameworkYears.AsNoTracking().Where(y => y.OrganisationId == organisation.Id)
                .OrderByDescending(y => y.Year).FirstOrDefaultAsync(cancellationToken)
                ?? throw Validation.Fail("Year", $"{organisation.ShortName} has no framework year to roll forward from");
            if (FrameworkScope.ParseYear(command.LatestYear) != latest.Year)
            {
                // The page offered to roll forward a year that is no longer the latest: someone else got there first.
                throw Validation.Fail("Year", $"{latest.Year} has been opened since you loaded this page. Check it before opening another year");
            }

            var next = Refused(() => FrameworkYear.OpenAfter(latest, time.GetUtcNow().UtcDateTime));
            var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == organisation.Id && !a.IsArchived).Select(a => a.Id).ToListAsync(cancellationToken);
            var codeKinds = new[] { StatementKind.KeyControls, StatementKind.Commitment };
            var source = await db.AreaStatements.AsNoTracking()
                .Where(s => areas.Contains(s.GovernanceAreaId) && s.Year == latest.Year && codeKinds.Contains(s.Kind))
                .OrderBy(s => s.GovernanceAreaId).ThenBy(s => s.SortOrder).ThenBy(s => s.Id)
                .ToListAsync(cancellationToken);

            db.FrameworkYears.Add(next);
            db.AreaStatements.AddRange(source.Select(s => new AreaStatement
            {
                GovernanceAreaId = s.GovernanceAreaId,
                Year = next.Year,
                Kind = s.Kind,
                SubTopic = s.SubTopic,
                Text = s.Text,
                SortOrder = s.SortOrder,
            }));

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The unique (organisation, year) index: someone opened the year at the same moment. Nothing was saved.
                db.ChangeTracker.Clear();
                throw Validation.Fail("Year", $"{next.Year} has just been opened by someone else");
            }

            return new Opened(next.Year, FrameworkScope.YearSlug(next.Year), areas.Count, source.Count);
        }

        public async ValueTask<Unit> Handle(PublishCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var wanted = FrameworkScope.ParseYear(command.Year) ?? throw new NotFoundException("That is not a reporting year.");
            var year = await db.FrameworkYears.SingleOrDefaultAsync(y => y.OrganisationId == organisation.Id && y.Year == wanted, cancellationToken)
                ?? throw new NotFoundException($"{organisation.ShortName} has no framework for {wanted}.");
            var pending = await db.StatementProposals.CountAsync(
                p => p.Year == wanted && p.Status == ProposalStatus.Pending && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken);
            Refused(() => year.Publish(pending, time.GetUtcNow().UtcDateTime));
            db.ExpectVersion(year, command.Version, $"Someone else changed {wanted} after you opened this page. Check it, then try again.");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        /// <summary>A year rule refused the change: say so beside the years, as the page always has.</summary>
        private static T Refused<T>(Func<T> change)
        {
            try
            {
                return change();
            }
            catch (DomainException problem)
            {
                throw Validation.Fail("Year", problem.Message);
            }
        }

        private static void Refused(Action change) => Refused(() =>
        {
            change();
            return true;
        });
    }
}
