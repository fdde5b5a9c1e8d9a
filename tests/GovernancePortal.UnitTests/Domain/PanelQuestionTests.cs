using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Domain;

/// <summary>Panel members' questions on published papers and the governance team's answers.</summary>
public sealed class PanelQuestionTests
{
    private static readonly Actor Member = new("m1", "Pat Panel", new DateTime(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Officer = new("u1", "Gina Governance", new DateTime(2026, 6, 11, 9, 0, 0, DateTimeKind.Utc));

    private static (PanelMeeting Meeting, PanelPublication Publication) Published()
    {
        var panel = new AuditPanel { Id = 1, Name = "Audit Panel" };
        panel.Organisations.Add(new PanelOrganisation { OrganisationId = 1 });
        var meeting = PanelMeeting.Plan(panel, new MeetingDetails(new DateOnly(2026, 6, 20), null, null, true, null));
        meeting.Id = 5;
        var template = new PaperTemplate { OrganisationId = 1, Kind = PaperKind.ProgressReport };
        template.AddSection(new SectionDefinition("1", "Introduction", SectionContent.Text, CipfaElement.None, false, "Text"));
        var paper = Paper.Create(template, null, new ReportingYear(2025), "Progress", Officer);
        paper.Id = 9;
        paper.SubmitForReview();
        paper.Approve(0, Officer);
        paper.Publish(Officer);
        var snapshot = PanelSnapshot.Take(1, new RegisterSnapshot(new DateOnly(2026, 6, 1), "MPS", RagRule.Standard.Description, [], []), Officer.AtUtc);
        var publication = meeting.Publish(paper, snapshot, [PublishedFile.Freeze(PublishedFormat.Pdf, "p.pdf", "application/pdf", [1])], Officer);
        return (meeting, publication);
    }

    [Fact]
    public void Ask_BeforeTheMeeting_RecordsTheQuestionAgainstThePaper()
    {
        var (meeting, publication) = Published();

        var question = PaperQuestion.Ask(publication, meeting, "  Why?  ", Member);

        Assert.Equal(("Why?", "Pat Panel", 9, 5, false), (question.Text, question.AskedByName, question.PaperId, question.MeetingId, question.IsAnswered));
    }

    [Fact]
    public void Ask_MeetingHeld_IsRefused()
    {
        var (meeting, publication) = Published();
        meeting.RecordHeld(Officer);

        Assert.Equal("The meeting has been held: questions on its papers are closed", Assert.Throws<DomainException>(() => PaperQuestion.Ask(publication, meeting, "Why?", Member)).Message);
    }

    [Fact]
    public void Ask_Empty_IsRefused()
    {
        var (meeting, publication) = Published();

        Assert.Throws<DomainException>(() => PaperQuestion.Ask(publication, meeting, " ", Member));
    }

    [Fact]
    public void AnswerWith_Text_RecordsWhoAndWhenAndCanBeAmended()
    {
        var (meeting, publication) = Published();
        var question = PaperQuestion.Ask(publication, meeting, "Why?", Member);

        question.AnswerWith("Because.", Officer);
        question.AnswerWith(" Because of the supplier. ", Officer);

        Assert.Equal(("Because of the supplier.", "Gina Governance", Officer.AtUtc), (question.Answer!, question.AnsweredByName!, question.AnsweredAtUtc!.Value));
        Assert.Throws<DomainException>(() => question.AnswerWith(" ", Officer));
    }
}
