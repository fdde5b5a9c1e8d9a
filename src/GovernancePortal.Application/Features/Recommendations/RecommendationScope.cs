using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>A recommendation as its pages head it: where it comes from and where it stands.</summary>
public sealed record RecommendationHeading(int Id, string OrganisationCode, string OrganisationName, string Reference, string ReportTitle, string Source, string Text, RecommendationStatus Status, Guid Version);

/// <summary>Shared checks and loading of the recommendation use cases.</summary>
public static class RecommendationScope
{
    /// <summary>The recommendation, tracked, with its report, theme, owner, history and links.</summary>
    public static async Task<Recommendation> LoadAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Recommendations.AsSplitQuery()
            .Include(r => r.Organisation).Include(r => r.Report!).ThenInclude(r => r.Source)
            .Include(r => r.Theme).Include(r => r.Owner).Include(r => r.History)
            .Include(r => r.Links).ThenInclude(l => l.Action)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("There is no such recommendation.");
    }

    public static async Task<RecommendationHeading> HeadingAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var r = await db.Recommendations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new RecommendationHeading(x.Id, x.Organisation!.Code, x.Organisation.ShortName, x.Reference, x.Report!.Title, x.Report.Source!.Name, x.Text, x.Status, x.Version))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such recommendation.");
        return r;
    }

    /// <summary>
    /// Proposing closure (and starting work): the governance team for any recommendation of its organisation; a senior
    /// lead only for recommendations owned by a post linked to their account.
    /// </summary>
    public static async Task DemandCanProposeAsync(GovernancePortalDbContext db, ICurrentUser user, int recommendationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Recommendations.AsNoTracking().Where(r => r.Id == recommendationId)
            .Select(r => new { r.Organisation!.Code, r.OwnerId, r.Reference }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such recommendation.");
        AccessMatrix.Demand(user, Permission.ProposeRecommendationClosure, found.Code);
        if (AccessMatrix.Allows(user, Permission.ManageRecommendations, found.Code))
        {
            return;
        }

        var mine = await ImprovementScope.MyPeopleAsync(db, user, cancellationToken);
        if (found.OwnerId is not { } owner || !mine.Contains(owner))
        {
            throw new ForbiddenException($"Only the owner of recommendation {found.Reference} (or the governance team) can propose its closure.");
        }
    }

    /// <summary>May the user propose closure of this recommendation (for showing the link)?</summary>
    public static async Task<bool> CanProposeAsync(GovernancePortalDbContext db, ICurrentUser user, int recommendationId, CancellationToken cancellationToken)
    {
        try
        {
            await DemandCanProposeAsync(db, user, recommendationId, cancellationToken);
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }

    /// <summary>The conflict for a recommendation changed by someone else meanwhile, with its saved values.</summary>
    public static void ExpectVersion(GovernancePortalDbContext db, Recommendation recommendation, Guid version)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        db.ExpectVersion(recommendation, version,
            $"Someone else changed recommendation {recommendation.Reference} after you opened it. It is shown below as it is now saved; what you typed is still in the form. Check it, then send again.",
            () => ConflictValues(recommendation));
    }

    public static IReadOnlyDictionary<string, string?> ConflictValues(Recommendation r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new Dictionary<string, string?>
        {
            ["Reference"] = r.Reference,
            ["Recommendation"] = r.Text,
            ["Priority"] = r.Priority?.ToString(),
            ["Strategic theme"] = r.Theme?.Name,
            ["Delivery route"] = r.DeliveryRoute is { } route ? route.DisplayName() + (r.DeliveryDetail is null ? null : $": {r.DeliveryDetail}") : null,
            ["Owner"] = r.OwnerDisplay,
            ["Due date"] = Date(r.DueDate),
            ["Status"] = r.Status.DisplayName(),
        };
    }

    public static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
