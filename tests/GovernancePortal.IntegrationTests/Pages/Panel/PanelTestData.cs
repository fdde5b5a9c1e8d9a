using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel;

/// <summary>
/// Rows of their own for the Audit Panel's page tests, made through the domain: the one panel (made once per portal,
/// serving the Met and MOPAC, with a chair and a member), meetings on dates of the test's choosing, Panel actions.
/// </summary>
public static class PanelTestData
{
    /// <summary>Independent members every panel of the tests has (added to a panel set up otherwise, e.g. by the demo seed).</summary>
    public const string Member = "Test Member";
    public const string OtherMember = "Test Member Two";

    private static int days;

    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>A date no other meeting made by these tests has: far ahead, a day later each time.</summary>
    public static DateOnly NextDate() => new DateOnly(2045, 1, 1).AddDays(Interlocked.Increment(ref days) * 7);

    /// <summary>The panel, set up when the portal has none yet, with the tests' two members; its id.</summary>
    public static Task<int> EnsurePanelAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.Include(p => p.Members).OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (panel is null)
            {
                panel = new AuditPanel { Name = "MPS-MOPAC Joint Audit Panel" };
                panel.SetMembers([new("Test Chair", PanelRole.Chair, new DateOnly(2016, 4, 1), null)]);
                foreach (var organisation in await db.Organisations.Where(o => o.Code == OrganisationCodes.Met || o.Code == OrganisationCodes.Mopac).ToListAsync())
                {
                    panel.Organisations.Add(new PanelOrganisation { OrganisationId = organisation.Id });
                }

                db.AuditPanels.Add(panel);
            }

            foreach (var name in new[] { Member, OtherMember }.Where(n => panel.Members.All(m => m.Name != n)))
            {
                panel.Members.Add(new PanelMember { Name = name, Role = PanelRole.IndependentMember, AppointedOn = new DateOnly(2016, 4, 1), SortOrder = panel.Members.Count + 1 });
            }

            await db.SaveChangesAsync();
            return panel.Id;
        });

    /// <summary>A planned meeting of the panel (set up if need be) on <paramref name="date"/> (by default a date of its own).</summary>
    public static async Task<int> NewMeetingAsync(this PortalFactory portal, DateOnly? date = null, string? location = "Room 1, City Hall")
    {
        var panelId = await portal.EnsurePanelAsync();
        return await portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.SingleAsync(p => p.Id == panelId);
            var meeting = PanelMeeting.Plan(panel, new MeetingDetails(date ?? NextDate(), new TimeOnly(14, 0), location, false, null));
            db.PanelMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>A Panel action owed by <paramref name="organisation"/>, raised at the meeting; closed with a response when asked.</summary>
    public static Task<int> NewActionAsync(this PortalFactory portal, int meetingId, string request, string organisation = OrganisationCodes.Met, bool closed = false) =>
        portal.WithDbAsync(async db =>
        {
            var meeting = await db.PanelMeetings.SingleAsync(m => m.Id == meetingId);
            var organisationId = await db.Organisations.Where(o => o.Code == organisation).Select(o => o.Id).SingleAsync();
            var number = (await db.PanelActions.Where(a => a.PanelId == meeting.PanelId).MaxAsync(a => (int?)a.Number) ?? 0) + 1;
            var action = PanelAction.Raise(meeting, number, organisationId, request, "Director of Strategy", null);
            if (closed)
            {
                action.Respond("Done and reported.", close: true, Actor);
            }

            db.PanelActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    /// <summary>The matrix's samples (made once per portal): a meeting and an open Panel action of the Met raised at it.</summary>
    public static async Task<(int Meeting, int Action)> MatrixPanelAsync(this PortalFactory portal)
    {
        const string request = "Authorisation matrix sample action";
        var existing = await portal.WithDbAsync(db => db.PanelActions.AsNoTracking().Where(a => a.Request == request)
            .Select(a => new { a.Id, a.RaisedAtMeetingId }).FirstOrDefaultAsync());
        if (existing is not null)
        {
            return (existing.RaisedAtMeetingId, existing.Id);
        }

        var meeting = await portal.NewMeetingAsync();
        return (meeting, await portal.NewActionAsync(meeting, request));
    }
}
