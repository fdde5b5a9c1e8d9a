using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// Opens the year after the organisation's latest one by rolling the framework forward: every area that is not archived
/// keeps its principle and leads, and its Code of Governance text (key controls, commitments) is copied into the new
/// year as a draft. The AGS review text is written afresh; last year's text stays exactly as it was.
/// </summary>
public sealed record OpenNextYearCommand(string Organisation, string LatestYear) : ICommand<RollForwardResult>, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed record RollForwardResult(ReportingYear Year, string YearSlug, int Areas, int Blocks);

public sealed class OpenNextYearHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<OpenNextYearCommand, RollForwardResult>
{
    public async ValueTask<RollForwardResult> Handle(OpenNextYearCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var years = await db.FrameworkYears.AsNoTracking().Where(y => y.OrganisationId == organisation.Id).OrderByDescending(y => y.Year).ToListAsync(cancellationToken);
        var latest = years.FirstOrDefault() ?? throw Validation.Fail("Year", $"{organisation.ShortName} has no framework year to roll forward from");
        if (FrameworkScope.ParseYear(command.LatestYear) != latest.Year)
        {
            // The page offered to roll forward a year that is no longer the latest: someone else got there first.
            throw Validation.Fail("Year", $"{latest.Year} has been opened since you loaded this page. Check it before opening another year");
        }

        if (!latest.IsPublished)
        {
            throw Validation.Fail("Year", $"Publish {latest.Year} before opening {latest.Year.Next}: only one year can be in draft at a time");
        }

        var next = latest.Year.Next;
        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == organisation.Id && !a.IsArchived).Select(a => a.Id).ToListAsync(cancellationToken);
        var codeKinds = new[] { StatementKind.KeyControls, StatementKind.Commitment };
        var source = await db.AreaStatements.AsNoTracking()
            .Where(s => areas.Contains(s.GovernanceAreaId) && s.Year == latest.Year && codeKinds.Contains(s.Kind))
            .OrderBy(s => s.GovernanceAreaId).ThenBy(s => s.SortOrder).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

        db.FrameworkYears.Add(new FrameworkYear
        {
            OrganisationId = organisation.Id,
            Year = next,
            Status = FrameworkYearStatus.Draft,
            RolledForwardFrom = latest.Year,
            OpenedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        db.AreaStatements.AddRange(source.Select(s => new AreaStatement
        {
            GovernanceAreaId = s.GovernanceAreaId,
            Year = next,
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
            throw Validation.Fail("Year", $"{next} has just been opened by someone else");
        }

        return new RollForwardResult(next, FrameworkScope.YearSlug(next), areas.Count, source.Count);
    }
}

/// <summary>Publishes a draft year: its text becomes read-only and visible to everyone who may read the framework.</summary>
public sealed record PublishYearCommand(string Organisation, string Year, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class PublishYearHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<PublishYearCommand>
{
    public async ValueTask<Unit> Handle(PublishYearCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var wanted = FrameworkScope.ParseYear(command.Year) ?? throw new NotFoundException("That is not a reporting year.");
        var year = await db.FrameworkYears.SingleOrDefaultAsync(y => y.OrganisationId == organisation.Id && y.Year == wanted, cancellationToken)
            ?? throw new NotFoundException($"{organisation.ShortName} has no framework for {wanted}.");
        if (year.IsPublished)
        {
            throw Validation.Fail("Year", $"{wanted} is already published");
        }

        var pending = await db.StatementProposals.CountAsync(
            p => p.Year == wanted && p.Status == ProposalStatus.Pending && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken);
        if (pending > 0)
        {
            throw Validation.Fail("Year", $"Accept or return the {Plural.Of(pending, "pending proposal")} for {wanted} before publishing it");
        }

        year.Status = FrameworkYearStatus.Published;
        year.PublishedAtUtc = time.GetUtcNow().UtcDateTime;
        db.Entry(year).Property(y => y.Version).OriginalValue = command.Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException($"Someone else changed {wanted} after you opened this page. Check it, then try again.", new Dictionary<string, string?>());
        }

        return Unit.Value;
    }
}
