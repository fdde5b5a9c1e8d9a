using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// The checks before approval (/papers/{id}/checks): errors that must be fixed before approval and warnings, each with
/// what to fix and where (the page links to it). Also shown on the approval page.
/// </summary>
public static class GetPaperChecks
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    /// <summary><see cref="CanManage"/>: the user drafts the paper and it can change, so a finding links to where to fix it.</summary>
    public sealed record View(PaperHeading Paper, IReadOnlyList<Finding> Errors, IReadOnlyList<Finding> Warnings, int OpenComments, bool CanManage);

    /// <summary>A finding; <see cref="SectionTitle"/> names the section when it is fixed in one.</summary>
    public sealed record Finding(string Message, CheckTarget Target, int? TargetId, string? SectionTitle, int? PlanId);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, PaperCheckRunner checks) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            return await ForAsync(db, user, paper, checks, cancellationToken);
        }

        /// <summary>The checks of a loaded paper, as the checks and approval pages show them.</summary>
        public static async Task<View> ForAsync(GovernancePortalDbContext db, ICurrentUser user, Paper paper, PaperCheckRunner checks, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(db);
            ArgumentNullException.ThrowIfNull(paper);
            ArgumentNullException.ThrowIfNull(checks);
            var findings = await checks.RunAsync(paper, cancellationToken);
            var areaIds = findings.Where(f => f.Target == CheckTarget.ImprovementArea && f.TargetId is not null).Select(f => f.TargetId!.Value).ToList();
            var areaPlans = areaIds.Count == 0
                ? []
                : await db.ImprovementAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.PlanId, cancellationToken);
            Finding Describe(CheckFinding f) => new(
                f.Message,
                f.Target,
                f.TargetId,
                f.Target == CheckTarget.Section && f.TargetId is { } id ? paper.Sections.FirstOrDefault(s => s.Id == id)?.Title : null,
                f.Target == CheckTarget.ImprovementArea && f.TargetId is { } area && areaPlans.TryGetValue(area, out var plan) ? plan : null);
            return new View(
                PaperEdits.Heading(paper),
                [.. findings.Where(f => f.Severity == CheckSeverity.Error).Select(Describe)],
                [.. findings.Where(f => f.Severity == CheckSeverity.Warning).Select(Describe)],
                paper.Comments.Count(c => !c.IsResolved),
                paper.IsEditable && AccessMatrix.Allows(user, Permission.ManagePapers, paper.Organisation!.Code));
        }
    }
}
