using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Proposals;

/// <summary>What the proposal use cases share: the open (draft) year, who leads an area, and how blocks are named.</summary>
public static class ProposalRules
{
    public const string ClosedMessage =
        "Proposals open when the governance team opens next year's framework. You cannot propose changes to a published year.";

    /// <summary>The organisation's latest draft framework year, if one is open.</summary>
    public static async Task<ReportingYear?> OpenYearAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var years = await db.FrameworkYears.AsNoTracking()
            .Where(y => y.OrganisationId == organisationId && y.Status == FrameworkYearStatus.Draft)
            .Select(y => y.Year)
            .ToListAsync(cancellationToken);
        return years.Count == 0 ? null : years.Max();
    }

    /// <summary>True when the area's senior leads include a current person linked to the user's account.</summary>
    public static async Task<bool> LeadsAreaAsync(GovernancePortalDbContext db, ICurrentUser user, int areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId is not { } userId)
        {
            return false;
        }

        return await db.GovernanceAreas.AnyAsync(
            a => a.Id == areaId && a.SeniorLeads.Any(p => p.UserId == userId && !p.IsArchived),
            cancellationToken);
    }

    /// <summary>"Key controls", "Activity during the year: Corporate risk register".</summary>
    public static string BlockName(StatementKind kind, string? subTopic) =>
        string.IsNullOrWhiteSpace(subTopic) ? KindName(kind) : $"{KindName(kind)}: {subTopic}";

    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.KeyControls => "Key controls",
        StatementKind.Commitment => "Commitments",
        StatementKind.ActivityDuringYear => "Activity during the year",
        StatementKind.IntendedActivity => "Intended activity over the next year",
        StatementKind.WorkingWell => "What is working well",
        StatementKind.ResponseToLastYear => "Response to last year's recommendations",
        StatementKind.CouldBeImproved => "What could be improved",
        _ => kind.ToString(),
    };

    public static string StatusName(ProposalStatus status) => StatementProposal.StatusName(status);
}
