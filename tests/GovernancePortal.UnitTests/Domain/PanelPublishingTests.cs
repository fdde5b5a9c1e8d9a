using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Domain;

/// <summary>Publishing papers to an Audit Panel meeting and correcting them; frozen files.</summary>
public sealed class PanelPublishingTests
{
    private const int Met = 1;
    private const int Mopac = 2;
    private static readonly Actor Officer = new("u1", "Gina Governance", new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc));
    private static int nextId = 100;

    private static PanelMeeting Meeting()
    {
        var panel = new AuditPanel { Id = 1, Name = "Audit Panel" };
        panel.Organisations.Add(new PanelOrganisation { OrganisationId = Met });
        panel.Organisations.Add(new PanelOrganisation { OrganisationId = Mopac });
        return PanelMeeting.Plan(panel, new MeetingDetails(new DateOnly(2026, 6, 20), null, "Room 1", false, null));
    }

    private static Paper NewPaper(int organisation = Met, PaperKind kind = PaperKind.ProgressReport, bool publish = true)
    {
        var template = new PaperTemplate { OrganisationId = organisation, Kind = kind };
        template.AddSection(new SectionDefinition("1", "Introduction", SectionContent.Text, CipfaElement.None, false, "Text"));
        var paper = GovernancePortal.Domain.Papers.Paper.Create(template, null, new ReportingYear(2025), $"Progress {Interlocked.Increment(ref nextId)}", Officer);
        paper.Id = nextId;
        if (publish)
        {
            paper.SubmitForReview();
            paper.Approve(0, Officer);
            paper.Publish(Officer);
        }

        return paper;
    }

    private static PanelSnapshot Snapshot(int organisation = Met) =>
        PanelSnapshot.Take(organisation, new RegisterSnapshot(new DateOnly(2026, 6, 1), organisation == Met ? "MPS" : "MOPAC", RagRule.Standard.Description, [], []), Officer.AtUtc);

    private static IReadOnlyList<PublishedFile> Files() => [PublishedFile.Freeze(PublishedFormat.Pdf, "paper.pdf", "application/pdf", [1, 2, 3])];

    [Fact]
    public void Publish_PublishedPaper_FreezesFilesSnapshotAndSequence()
    {
        var meeting = Meeting();

        var first = meeting.Publish(NewPaper(), Snapshot(), Files(), Officer);
        var second = meeting.Publish(NewPaper(Mopac), Snapshot(Mopac), Files(), Officer);

        Assert.Equal((1, 1), (first.Sequence, first.Edition));
        Assert.Equal((2, 1), (second.Sequence, second.Edition));
        Assert.Same(meeting, first.Snapshot!.Meeting);
        Assert.Equal("Gina Governance", first.PublishedByName);
        Assert.Equal([first, second], meeting.CurrentPublications);
    }

    [Fact]
    public void Publish_UnpublishedPaper_IsRefused() =>
        Assert.Contains("not published yet", Assert.Throws<DomainException>(() => Meeting().Publish(NewPaper(publish: false), Snapshot(), Files(), Officer)).Message, StringComparison.Ordinal);

    [Fact]
    public void Publish_SamePaperTwice_IsRefused()
    {
        var meeting = Meeting();
        var paper = NewPaper();
        meeting.Publish(paper, Snapshot(), Files(), Officer);

        Assert.Contains("already published to this meeting", Assert.Throws<DomainException>(() => meeting.Publish(paper, Snapshot(), Files(), Officer)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_HeldMeeting_IsRefused()
    {
        var meeting = Meeting();
        meeting.RecordHeld(Officer);

        Assert.Contains("has been held", Assert.Throws<DomainException>(() => meeting.Publish(NewPaper(), Snapshot(), Files(), Officer)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_SnapshotOfAnotherOrganisation_IsRefused() =>
        Assert.Throws<DomainException>(() => Meeting().Publish(NewPaper(), Snapshot(Mopac), Files(), Officer));

    [Fact]
    public void Correct_WithReason_AddsAnEditionAndKeepsBoth()
    {
        var meeting = Meeting();
        var first = meeting.Publish(NewPaper(), Snapshot(), Files(), Officer);

        var second = meeting.Correct(first, NewPaper(), "  Wrong figures  ", Snapshot(), Files(), Officer);

        Assert.Equal((1, 2, "Wrong figures"), (second.Sequence, second.Edition, second.Reason));
        Assert.True(second.IsCorrectionOf(first));
        Assert.Equal([first, second], meeting.Publications);
        Assert.Equal([second], meeting.CurrentPublications);
    }

    [Fact]
    public void Correct_WithoutReason_IsRefused()
    {
        var meeting = Meeting();
        var first = meeting.Publish(NewPaper(), Snapshot(), Files(), Officer);

        Assert.Equal("Give the reason for the correction", Assert.Throws<DomainException>(() => meeting.Correct(first, NewPaper(), " ", Snapshot(), Files(), Officer)).Message);
    }

    [Fact]
    public void Correct_WithPaperOfAnotherOrganisationOrKind_IsRefused()
    {
        var meeting = Meeting();
        var first = meeting.Publish(NewPaper(), Snapshot(), Files(), Officer);

        Assert.Throws<DomainException>(() => meeting.Correct(first, NewPaper(Mopac), "Reason", Snapshot(Mopac), Files(), Officer));
        Assert.Throws<DomainException>(() => meeting.Correct(first, NewPaper(kind: PaperKind.CoverReport), "Reason", Snapshot(), Files(), Officer));
    }

    [Fact]
    public void Correct_AlreadyCorrectedEdition_IsRefused()
    {
        var meeting = Meeting();
        var first = meeting.Publish(NewPaper(), Snapshot(), Files(), Officer);
        meeting.Correct(first, NewPaper(), "Once", Snapshot(), Files(), Officer);

        Assert.Throws<DomainException>(() => meeting.Correct(first, NewPaper(), "Twice", Snapshot(), Files(), Officer));
    }

    [Fact]
    public void Freeze_Bytes_HashesThemAndDetectsTampering()
    {
        var file = PublishedFile.Freeze(PublishedFormat.Html, "p.html", "text/html", "abc"u8.ToArray());

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.Sha256);
        Assert.Equal(3, file.Length);
        Assert.True(file.IsIntact);
        file.Content[0] = (byte)'x';
        Assert.False(file.IsIntact);
    }
}
