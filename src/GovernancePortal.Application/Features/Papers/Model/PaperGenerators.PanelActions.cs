using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Panel;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>"Actions from the previous Panel": the matters arising a cover report answers.</summary>
internal sealed partial class PaperGenerators
{
    public const string NoPanelActions = "There are no open actions from previous Panel meetings.";

    /// <summary>
    /// The open Panel actions owed by the paper's organisation, raised at meetings before the paper's meeting
    /// (<see cref="PanelAction.IsOutstandingFor"/>), with the response so far.
    /// </summary>
    private async Task<IReadOnlyList<DocBlock>> PanelActionsAsync(CancellationToken cancellationToken)
    {
        if (paper.MeetingDate is not { } meetingDate)
        {
            return [new DocNote("Give the paper its meeting date to list the actions from earlier Panel meetings.")];
        }

        var candidates = await db.PanelActions.AsNoTracking().Include(a => a.RaisedAtMeeting)
            .Where(a => a.OrganisationId == paper.OrganisationId && a.Status == PanelActionStatus.Open && a.RaisedAtMeeting!.Date < meetingDate)
            .ToListAsync(cancellationToken);
        var outstanding = candidates.Where(a => a.IsOutstandingFor(meetingDate))
            .OrderBy(a => a.RaisedAtMeeting!.Date).ThenBy(a => a.Number).ToList();
        if (outstanding.Count == 0)
        {
            return [DocParagraph.Of(NoPanelActions)];
        }

        return
        [
            new DocTable(
                "Open actions from previous Panel meetings",
                [new DocColumn("Reference", 1), new DocColumn("Raised at", 2), new DocColumn("Request", 5), new DocColumn("Owner", 2), new DocColumn("Response so far", 5)],
                [.. outstanding.Select(a => (IReadOnlyList<DocCell>)
                [
                    DocCell.Of(a.Reference),
                    DocCell.Of(LongDate.Of(a.RaisedAtMeeting!.Date)),
                    new DocCell(PaperComposer.TextBlocks(a.Request)),
                    DocCell.Of(a.Owner),
                    string.IsNullOrWhiteSpace(a.Response) ? DocCell.Of("No response yet") : new DocCell(PaperComposer.TextBlocks(a.Response)),
                ])]),
        ];
    }
}
