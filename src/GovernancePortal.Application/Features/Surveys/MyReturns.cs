using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The returns the user signs or drafts as a delegate (any post linked to their account), in surveys that have been
/// issued: for <c>My surveys</c> and the home page.
/// </summary>
public static class MyReturns
{
    public sealed record Row(
        int ReturnId,
        string SurveyTitle,
        ReportingYear Year,
        string OrganisationName,
        bool IsSignatory,
        string SignatoryName,
        DateOnly Deadline,
        ReturnStatus Status,
        bool SurveyOpen,
        int SectionsCompleted,
        int SectionsTotal,
        bool IsOverdue,
        int DaysOverdue,
        string? SignedByName,
        string? SignedByRole,
        DateOnly? SignedOn)
    {
        public bool IsSubmitted => Status == ReturnStatus.Submitted;

        /// <summary>Days left until the deadline (0 on the day, negative once overdue).</summary>
        public int DaysLeft(DateOnly today) => Deadline.DayNumber - today.DayNumber;
    }

    /// <summary>The user's returns, soonest deadline first.</summary>
    public static async Task<List<Row>> LoadAsync(GovernancePortalDbContext db, ICurrentUser user, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var mine = await ReturnAccess.MyPeopleAsync(db, user, cancellationToken);
        if (mine.Count == 0)
        {
            return [];
        }

        var returns = await db.SurveyReturns.AsNoTracking()
            .Where(r => r.Survey!.Status != SurveyStatus.Draft)
            .Where(r => mine.Contains(r.SignatoryId) || r.Delegates.Any(d => mine.Contains(d.PersonId)))
            .Include(r => r.Survey!).ThenInclude(s => s.Organisation)
            .Include(r => r.Survey!).ThenInclude(s => s.Sections)
            .Include(r => r.Sections)
            .Include(r => r.Signatory)
            .Include(r => r.Delegates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. returns
            .Where(r => AccessMatrix.Allows(user, Permission.CompleteSurvey, r.Survey!.Organisation!.Code))
            .OrderBy(r => r.Deadline).ThenBy(r => r.Id)
            .Select(r => new Row(
                r.Id,
                r.Survey!.Title,
                r.Survey.Year,
                r.Survey.Organisation!.ShortName,
                r.CanSign(mine),
                r.Signatory!.DisplayName,
                r.Deadline,
                r.Status,
                r.Survey.IsIssued,
                r.Survey.Sections.Count(s => r.ProgressOf(s) == SectionProgress.Completed),
                r.Survey.Sections.Count,
                r.IsOverdue(today),
                r.DaysOverdue(today),
                r.SignedByName,
                r.SignedByRole,
                r.SignedOn))];
    }
}
