using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// A meeting's agenda front sheet (/panel/meetings/{id}/front-sheet/pdf|html): the panel's name, date, time and place,
/// members, the agenda items with who presents each and the paper for it, and apologies. Rendered through the papers
/// pipeline (one document model, the same PDF and HTML renderers).
/// </summary>
public static class FrontSheet
{
    public const string PanelTitle = "MPS-MOPAC Joint Audit Panel";

    public sealed record Query(int MeetingId, PaperFormat Format) : IQuery<PaperFile>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    /// <summary>"pdf" or "html"; null for anything else.</summary>
    public static PaperFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "pdf" => PaperFormat.Pdf,
        "html" => PaperFormat.Html,
        _ => null,
    };

    /// <summary>The front sheet as a paper document: details, members, agenda, apologies.</summary>
    public static PaperDocument Document(PanelMeeting meeting, IReadOnlyList<PanelMember> members, IReadOnlyDictionary<int, string> organisations)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(organisations);
        var sections = new List<DocSection>
        {
            new($"p{meeting.Id}-details", null, null, "Meeting details", [
                new DocTable("When and where", [new DocColumn("Detail", 1), new DocColumn("Value", 3)],
                [
                    [DocCell.Of("Date"), DocCell.Of(LongDate.Of(meeting.Date))],
                    [DocCell.Of("Time"), DocCell.Of(PanelRecords.Time(meeting.StartsAt, meeting.IsHeld))],
                    [DocCell.Of("Location"), DocCell.Of(PanelRecords.Place(meeting.Location, meeting.IsOnline, meeting.IsHeld))],
                ], FirstColumnIsHeader: true, ShowColumnHeaders: false),
            ]),
            new($"p{meeting.Id}-members", null, null, "Members", members.Count == 0
                ? [new DocNote("The panel's members have not been entered.")]
                : [new DocList(false, 1, [.. members.Select(m => new DocListItem([new TextRun(m.Role == PanelRole.Chair ? $"{m.Name} (Chair)" : m.Name)], []))])]),
        };

        var publications = meeting.Publications.ToDictionary(p => p.Id);
        var agenda = meeting.OrderedAgenda.Select(i => (IReadOnlyList<DocCell>)
        [
            DocCell.Of(i.Number),
            DocCell.Of(i.Title),
            DocCell.Of(Presenter(i, organisations)),
            DocCell.Of(i.PublicationId is { } id && publications.TryGetValue(id, out var paper) ? paper.Title : "Verbal"),
        ]).ToList();
        sections.Add(new DocSection($"p{meeting.Id}-agenda", null, null, "Agenda", agenda.Count == 0
            ? [new DocNote("The agenda has not been set yet.")]
            : [new DocTable("Agenda items", [new DocColumn("Item", 1), new DocColumn("Title", 5), new DocColumn("Presented by", 4), new DocColumn("Paper", 4)], agenda, CaptionRepeatsHeading: true)]));

        var apologies = meeting.OrderedAttendees.Where(a => a.Attendance == Attendance.Apologies).ToList();
        sections.Add(new DocSection($"p{meeting.Id}-apologies", null, null, "Apologies", apologies.Count == 0
            ? [DocParagraph.Of("None received.")]
            : [new DocList(false, 1, [.. apologies.Select(a => new DocListItem([new TextRun(string.IsNullOrWhiteSpace(a.Role) ? a.Name : $"{a.Name}, {a.Role}")], []))])]));

        // One page: no contents, so the renderers put no title page or contents before it.
        return new PaperDocument(
            meeting.Id, PaperKind.CoverReport, string.Empty, PanelTitle, "Agenda", null, null,
            PaperStatus.Published, 1, PanelTitle, meeting.Date, null, [.. sections.Select(s => s with { InContents = false })])
        {
            YearLabel = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Presenter(AgendaItem item, IReadOnlyDictionary<int, string> organisations)
    {
        var organisation = item.PresentingOrganisationId is { } id && organisations.TryGetValue(id, out var name) ? name : null;
        return (organisation, item.PresentingOfficer) switch
        {
            (not null, { Length: > 0 } officer) => $"{officer}, {organisation}",
            (not null, _) => organisation,
            (null, { Length: > 0 } officer) => officer,
            _ => "To be confirmed",
        };
    }

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, PaperFile>
    {
        public async ValueTask<PaperFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false);
            var panel = await PanelRecords.PanelAsync(db, cancellationToken);
            var members = (panel?.OrderedMembers ?? []).Where(m => m.ServesOn(meeting.Date)).ToList();
            var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
            var document = Document(meeting, members, organisations);
            return PaperFiles.Render(new PaperPack($"{PanelTitle} agenda", [document], [string.Empty]), query.Format, time.GetUtcNow());
        }
    }
}
