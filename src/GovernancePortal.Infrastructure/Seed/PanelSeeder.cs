using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>
/// The demo Audit Panel workspace and recommendations register, from what the source papers say: the MPS-MOPAC Joint
/// Audit Panel serving both organisations; its meetings of March 2017 (seed 000's "March Audit Panel"), 30 June 2017
/// (seed 000), 19 June 2019 (seed 002) and 8 January 2020 (seed 001), each with the paper the source presents as an
/// agenda item; the Met's Code 2016/17 and MOPAC's Code published to the meetings they went to (with frozen files and
/// snapshots, through <see cref="IPanelPublisher"/>); the action from the March 2017 Panel and the Met's response to it;
/// and the recommendations MOPAC's AGS 2018/19 reports with their management responses. One planned meeting, four
/// weeks after the day of seeding, takes the demo's new papers and questions. Names the sources do not give (members,
/// the day of the March meeting) are marked as demo data in Seed/Data/README.md.
/// </summary>
internal sealed class PanelSeeder(GovernancePortalDbContext db, IPanelPublisher? publisher, TimeProvider time)
{
    public const string PanelName = "MPS-MOPAC Joint Audit Panel";

    private const string DemoName = "Strategy & Governance (demo data)";

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.AuditPanels.AnyAsync(cancellationToken))
        {
            return false;
        }

        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met, cancellationToken);
        var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac, cancellationToken);
        var panelAccount = await db.Users.Where(u => u.Email == "panel@example.org").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var covers = SeedFiles.Read<List<AuditPanelPaperSeed>>(SeedFiles.AuditPanelPapers).ToDictionary(c => c.Seed, StringComparer.Ordinal);

        var panel = new AuditPanel { Name = PanelName };
        panel.Describe(PanelName, TermsOfReference);
        panel.Organisations.Add(new PanelOrganisation { OrganisationId = met.Id });
        panel.Organisations.Add(new PanelOrganisation { OrganisationId = mopac.Id });
        panel.SetMembers(
        [
            new PanelMemberDetails("Demo Panel Chair", PanelRole.Chair, new DateOnly(2016, 4, 1), null),
            new PanelMemberDetails("Demo Audit Panel Member", PanelRole.IndependentMember, new DateOnly(2016, 4, 1), null, panelAccount),
            new PanelMemberDetails("Demo Independent Member", PanelRole.IndependentMember, new DateOnly(2018, 4, 1), null),
        ]);
        db.AuditPanels.Add(panel);

        var march2017 = Meeting(panel, new DateOnly(2017, 3, 1));
        var june2017 = Meeting(panel, covers["000"].MeetingDate!.Value);
        var june2019 = Meeting(panel, covers["002"].MeetingDate!.Value);
        var january2020 = Meeting(panel, covers["001"].MeetingDate!.Value);
        var upcoming = PanelMeeting.Plan(panel, new MeetingDetails(UpcomingDay(time.Today()), new TimeOnly(10, 0), null, IsOnline: true, null));
        db.PanelMeetings.AddRange(march2017, june2017, june2019, january2020, upcoming);
        await db.SaveChangesAsync(cancellationToken);

        // The action seed 000 reports from the March 2017 Panel, answered in its paragraph 1.11 and closed at the June meeting.
        var answer = covers["000"].SupportingInformation?.FirstOrDefault(p => p.Heading is { } h && h.Contains("March Audit Panel", StringComparison.Ordinal));
        var action = PanelAction.Raise(march2017, 1, met.Id, "An update on activity to address the management of strategic partnerships", "Director of Strategy & Governance", june2017);
        if (answer is not null)
        {
            action.Respond(answer.Text, close: true, At(june2017.Date, 17));
        }

        db.PanelActions.Add(action);

        // The register first, so the snapshots taken when the papers are published hold what it held on their day.
        await AddRecommendationsAsync(met, mopac, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Published papers go to the meetings the sources name: the Met's Code 2016/17 (appendix 2 of seed 000's cover
        // report) to 30 June 2017, MOPAC's Code to 19 June 2019. The cover and progress reports are drafts in the demo.
        var metCode = await PublishedAsync(met, PaperKind.CodeOfGovernance, cancellationToken);
        var mopacCode = await PublishedAsync(mopac, PaperKind.CodeOfGovernance, cancellationToken);
        var metPublication = await PublishAsync(june2017, metCode, cancellationToken);
        var mopacPublication = await PublishAsync(june2019, mopacCode, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        june2017.SetAgenda([Item("1", covers["000"], met, metPublication)]);
        june2019.SetAgenda([Item("1", covers["002"], mopac, mopacPublication)]);
        january2020.SetAgenda([Item("1", covers["001"], met, null)]);
        foreach (var held in new[] { march2017, june2017, june2019, january2020 })
        {
            held.RecordHeld(At(held.Date, 17));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The planned demo meeting: the first Wednesday at least four weeks after <paramref name="today"/>.</summary>
    internal static DateOnly UpcomingDay(DateOnly today)
    {
        var day = today.AddDays(28);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static PanelMeeting Meeting(AuditPanel panel, DateOnly date) =>
        PanelMeeting.Plan(panel, new MeetingDetails(date, null, null, IsOnline: false, null));

    private static AgendaItemDetails Item(string number, AuditPanelPaperSeed seed, Organisation organisation, PanelPublication? publication) =>
        new(number, seed.Title, organisation.Id, seed.ReportBy, publication?.Id);

    private Task<Paper?> PublishedAsync(Organisation organisation, PaperKind kind, CancellationToken cancellationToken) =>
        db.Papers.Where(p => p.OrganisationId == organisation.Id && p.Kind == kind && p.Status == PaperStatus.Published)
            .OrderByDescending(p => p.Year).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Published a week before the meeting, with the register as it stood that day.</summary>
    private async Task<PanelPublication?> PublishAsync(PanelMeeting meeting, Paper? paper, CancellationToken cancellationToken)
    {
        if (publisher is null || paper is null)
        {
            return null;
        }

        var day = meeting.Date.AddDays(-7);
        return await publisher.PublishAsync(meeting, paper, day, At(day, 12), cancellationToken);
    }

    /// <summary>
    /// Each organisation's list of source bodies, and the two recommendations MOPAC's AGS 2018/19 reports in its section 6
    /// with their management responses (the source does not say which report they come from: "Other").
    /// </summary>
    private async Task AddRecommendationsAsync(Organisation met, Organisation mopac, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<(int, string), RecommendationSource>();
        foreach (var organisation in new[] { met, mopac })
        {
            var order = 0;
            foreach (var name in RecommendationSource.Defaults)
            {
                var source = new RecommendationSource { OrganisationId = organisation.Id, Name = name, SortOrder = ++order };
                db.RecommendationSources.Add(source);
                sources[(organisation.Id, name)] = source;
            }
        }

        var plan = SeedFiles.Read<MopacPlanSeed>(SeedFiles.MopacPlan);
        var ags = SeedFiles.Read<MopacAgsSeed>(SeedFiles.MopacAgs);
        var signed = ags.Signatories.Select(s => s.SignedOn).Where(d => d is not null).Max() ?? new DateOnly(2019, 5, 24);
        if (plan.OtherRecommendations is not { Items.Count: > 0 } other)
        {
            return;
        }

        var report = new SourceReport
        {
            OrganisationId = mopac.Id,
            Source = sources[(mopac.Id, "Other")],
            Title = "Recommendations with management responses reported in the MOPAC Annual Governance Statement 2018/19 (section 6)",
            PublishedOn = signed,
        };
        db.SourceReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in other.Items)
        {
            var priority = Enum.TryParse<RecommendationPriority>(item.Priority, ignoreCase: true, out var p) ? p : (RecommendationPriority?)null;
            var complete = string.Equals(item.State, "complete", StringComparison.OrdinalIgnoreCase);
            var details = new RecommendationDetails($"Recommendation {item.Number}", item.Recommendation, priority, null, null, null, null, null, null);
            var recommendation = Recommendation.Raise(report, details, At(signed, 9), complete ? RecommendationStatus.Closed : RecommendationStatus.Open, complete ? signed : null, item.ManagementResponse);
            db.Recommendations.Add(recommendation);
        }
    }

    private static Actor At(DateOnly day, int hour) => new(null, DemoName, LondonClock.FromLondon(day.ToDateTime(new TimeOnly(hour, 0))));

    private const string TermsOfReference =
        "The Panel is the independent audit committee shared by the Metropolitan Police Service and the Mayor's Office for Policing and Crime. It reviews each organisation's Code of Governance and Annual Governance Statement and the progress of their improvement plans, and asks for updates where it needs assurance.\n\n"
        + "(Demo text: the source papers do not give the Panel's terms of reference.)";
}
