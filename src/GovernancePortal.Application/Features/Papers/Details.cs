using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// A paper's page (/papers/{id}): title block, status, the workflow steps open now, a summary of the checks, its
/// sections with open comments, signatories, document control and appendices. Published papers are for every reader of
/// papers; drafts only for their organisation's reviewers (checked before the handler runs).
/// </summary>
public static class GetPaper
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(
        PaperHeading Paper,
        string? Subtitle,
        string? ProtectiveMarking,
        string? MeetingName,
        DateOnly? MeetingDate,
        string? ReportBy,
        DateOnly? PreviousReportOn,
        bool CanManage,
        bool CanReview,
        Steps Steps,
        CheckSummary? Checks,
        IReadOnlyList<Section> Sections,
        IReadOnlyList<Signatory> Signatories,
        IReadOnlyList<(string Label, string Value)> ControlEntries,
        IReadOnlyList<Appendix> Appendices,
        DateTime? ApprovedAtUtc,
        string? ApprovedByName,
        DateTime? PublishedAtUtc,
        string? PublishedByName);

    /// <summary>The workflow steps open now to someone who drafts the paper.</summary>
    public sealed record Steps(bool Submit, bool Approve, bool Sign, bool Publish, bool Return);

    public sealed record CheckSummary(int Errors, int Warnings);

    public sealed record Section(int Id, string Title, SectionContent Content, bool HasText, int OpenComments, int Comments);

    public sealed record Signatory(string Name, string Role, DateOnly? SignedOn);

    public sealed record Appendix(int PaperId, string Label, string Title, PaperStatus Status);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, PaperCheckRunner checks) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var code = paper.Organisation!.Code;
            var canManage = AccessMatrix.Allows(user, Permission.ManagePapers, code);
            var canReview = AccessMatrix.Allows(user, Permission.ReviewPapers, code);
            CheckSummary? summary = null;
            if (canReview && paper.IsEditable)
            {
                var findings = await checks.RunAsync(paper, cancellationToken);
                summary = new CheckSummary(findings.Count(f => f.Severity == CheckSeverity.Error), findings.Count(f => f.Severity == CheckSeverity.Warning));
            }

            var steps = canManage
                ? new Steps(
                    paper.Status == PaperStatus.Draft,
                    paper.Status == PaperStatus.InReview,
                    paper.Status == PaperStatus.Approved && paper.Signatories.Count > 0,
                    paper.Status == PaperStatus.Signed || (paper.Status == PaperStatus.Approved && paper.Signatories.Count == 0),
                    paper.Status is PaperStatus.InReview or PaperStatus.Approved or PaperStatus.Signed)
                : new Steps(false, false, false, false, false);
            return new View(
                PaperEdits.Heading(paper),
                paper.Subtitle,
                paper.ProtectiveMarking,
                paper.MeetingName,
                paper.MeetingDate,
                paper.ReportBy,
                paper.PreviousReportOn,
                canManage,
                canReview,
                steps,
                summary,
                [.. paper.OrderedSections.Select(s => new Section(
                    s.Id,
                    s.Title,
                    s.Content,
                    !string.IsNullOrWhiteSpace(s.Text),
                    canReview ? paper.Comments.Count(c => c.SectionId == s.Id && !c.IsResolved) : 0,
                    canReview ? paper.Comments.Count(c => c.SectionId == s.Id) : 0))],
                [.. paper.OrderedSignatories.Select(s => new Signatory(s.Name, s.Role, s.SignedOn))],
                [.. paper.ControlEntries.OrderBy(e => e.SortOrder).Select(e => (e.Label, e.Value))],
                [.. paper.Appendices.OrderBy(a => a.SortOrder).Select(a => new Appendix(a.AppendedPaperId, a.Label, a.AppendedPaper?.Title ?? string.Empty, a.AppendedPaper?.Status ?? PaperStatus.Draft))],
                paper.ApprovedAtUtc,
                paper.ApprovedByName,
                paper.PublishedAtUtc,
                paper.PublishedByName);
        }
    }
}
