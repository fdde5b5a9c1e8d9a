using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Domain;

public sealed class PaperTests
{
    private static readonly Actor Drafter = new("u1", "Dana Drafter", new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc));
    private static readonly ReportingYear Year = new(2025);

    private static PaperTemplate Template()
    {
        var template = new PaperTemplate { OrganisationId = 1, Kind = PaperKind.AnnualGovernanceStatement };
        template.AddSection(new SectionDefinition("A", "Scope of responsibilities", SectionContent.Text, CipfaElement.AcknowledgementOfResponsibility, false, "Default scope text"));
        template.AddSection(new SectionDefinition("B", "Review of effectiveness", SectionContent.AreaReview, CipfaElement.AssessmentOfKeyElements, false, null));
        template.AddSection(new SectionDefinition(null, "Declaration", SectionContent.Declaration, CipfaElement.None, false, "We sign."));
        return template;
    }

    private static Paper Draft(int signatories = 1)
    {
        var paper = Paper.Create(Template(), null, Year, "Annual Governance Statement 2025/26", Drafter);
        paper.SetSignatories([.. Enumerable.Range(1, signatories).Select(i => ($"Signer {i}", "Commissioner"))]);
        return paper;
    }

    private static Paper InReview(int signatories = 1)
    {
        var paper = Draft(signatories);
        paper.SubmitForReview();
        return paper;
    }

    private static Paper Approved(int signatories = 1)
    {
        var paper = InReview(signatories);
        paper.Approve(0, Drafter);
        return paper;
    }

    [Fact]
    public void Create_WithoutPrevious_TakesTheTemplatesSectionsAndDefaultText()
    {
        var paper = Paper.Create(Template(), null, Year, "  AGS  ", Drafter);

        Assert.Equal(PaperStatus.Draft, paper.Status);
        Assert.Equal("AGS", paper.Title);
        Assert.Equal(["A", "B", null], paper.OrderedSections.Select(s => s.Code));
        Assert.Equal("Default scope text", paper.OrderedSections[0].Text);
        Assert.Equal(SectionContent.AreaReview, paper.OrderedSections[1].Content);
    }

    [Fact]
    public void Create_FromPrevious_CarriesTextSignatoriesWithoutSignaturesAndControlTable()
    {
        var previous = Approved();
        previous.ReturnToDraft();
        previous.EditSection(previous.OrderedSections[0], "Scope of responsibilities", "Last year's scope");
        previous.EditSection(previous.OrderedSections[2], "Declaration", "Last year's declaration");
        previous.SetControlEntries([("Protective marking", "None")]);
        previous.SubmitForReview();
        previous.Approve(0, Drafter);
        previous.RecordSignature(previous.Signatories[0], new DateOnly(2026, 5, 2), Drafter);

        var next = Paper.Create(Template(), previous, Year.Next, "AGS 2026/27", Drafter);

        Assert.Equal("Last year's scope", next.OrderedSections[0].Text);
        Assert.Equal("Last year's declaration", next.OrderedSections[2].Text);
        Assert.Equal(Year.Next, next.Year);
        var signatory = Assert.Single(next.Signatories);
        Assert.Equal(("Signer 1", "Commissioner"), (signatory.Name, signatory.Role));
        Assert.Null(signatory.SignedOn);
        Assert.Equal(("Protective marking", "None"), (next.ControlEntries[0].Label, next.ControlEntries[0].Value));
    }

    [Fact]
    public void Create_FromPaperOfAnotherKind_IsRefused()
    {
        var previous = Draft();
        previous.Kind = PaperKind.CodeOfGovernance;

        Assert.Throws<DomainException>(() => Paper.Create(Template(), previous, Year.Next, "AGS", Drafter));
    }

    [Fact]
    public void SubmitForReview_Draft_IsInReview() => Assert.Equal(PaperStatus.InReview, InReview().Status);

    [Fact]
    public void SubmitForReview_AlreadyInReview_IsRefused() => Assert.Throws<DomainException>(() => InReview().SubmitForReview());

    [Fact]
    public void Approve_InReviewWithNothingOpen_IsApprovedByTheActor()
    {
        var paper = Approved();

        Assert.Equal(PaperStatus.Approved, paper.Status);
        Assert.Equal(Drafter.Name, paper.ApprovedByName);
        Assert.False(paper.IsEditable);
    }

    [Fact]
    public void Approve_Draft_IsRefused() => Assert.Throws<DomainException>(() => Draft().Approve(0, Drafter));

    [Fact]
    public void Approve_WithFailedChecks_IsRefusedAndSaysHowMany()
    {
        var paper = InReview();

        var refused = Assert.Throws<DomainException>(() => paper.Approve(2, Drafter));

        Assert.Contains("2 failed checks", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PaperStatus.InReview, paper.Status);
    }

    [Fact]
    public void Approve_WithOpenComment_IsRefusedUntilResolved()
    {
        var paper = InReview();
        var comment = paper.Comment(paper.OrderedSections[0], "Say who is responsible", Drafter);

        Assert.Throws<DomainException>(() => paper.Approve(0, Drafter));
        paper.ResolveComment(comment, Drafter);
        paper.Approve(0, Drafter);

        Assert.Equal(PaperStatus.Approved, paper.Status);
    }

    [Fact]
    public void ReturnToDraft_Signed_ClearsSignaturesAndApproval()
    {
        var paper = Approved();
        paper.RecordSignature(paper.Signatories[0], new DateOnly(2026, 5, 2), Drafter);

        paper.ReturnToDraft();

        Assert.Equal(PaperStatus.Draft, paper.Status);
        Assert.Null(paper.Signatories[0].SignedOn);
        Assert.Null(paper.ApprovedByName);
    }

    [Fact]
    public void ReturnToDraft_Draft_IsRefused() => Assert.Throws<DomainException>(() => Draft().ReturnToDraft());

    [Fact]
    public void RecordSignature_LastSignatory_MakesThePaperSigned()
    {
        var paper = Approved(signatories: 2);

        paper.RecordSignature(paper.OrderedSignatories[0], new DateOnly(2026, 5, 2), Drafter);
        Assert.Equal(PaperStatus.Approved, paper.Status);
        paper.RecordSignature(paper.OrderedSignatories[1], new DateOnly(2026, 5, 3), Drafter);

        Assert.Equal(PaperStatus.Signed, paper.Status);
        Assert.Equal(new DateOnly(2026, 5, 3), paper.OrderedSignatories[1].SignedOn);
    }

    [Fact]
    public void RecordSignature_BeforeApproval_IsRefused()
    {
        var paper = InReview();

        Assert.Throws<DomainException>(() => paper.RecordSignature(paper.Signatories[0], new DateOnly(2026, 5, 2), Drafter));
    }

    [Fact]
    public void RecordSignature_Twice_IsRefused()
    {
        var paper = Approved(signatories: 2);
        paper.RecordSignature(paper.OrderedSignatories[0], new DateOnly(2026, 5, 2), Drafter);

        Assert.Throws<DomainException>(() => paper.RecordSignature(paper.OrderedSignatories[0], new DateOnly(2026, 5, 3), Drafter));
    }

    [Fact]
    public void RecordSignature_SignatoryOfAnotherPaper_IsRefused()
    {
        var paper = Approved();

        Assert.Throws<DomainException>(() => paper.RecordSignature(new PaperSignatory { Name = "Stranger" }, new DateOnly(2026, 5, 2), Drafter));
    }

    [Fact]
    public void Publish_Signed_IsPublishedAndFinal()
    {
        var paper = Approved();
        paper.RecordSignature(paper.Signatories[0], new DateOnly(2026, 5, 2), Drafter);

        paper.Publish(Drafter);

        Assert.True(paper.IsPublished);
        Assert.Throws<DomainException>(() => paper.ReturnToDraft());
        Assert.Throws<DomainException>(() => paper.Publish(Drafter));
    }

    [Fact]
    public void Publish_ApprovedWithoutSignatories_IsPublished()
    {
        var paper = Approved(signatories: 0);

        paper.Publish(Drafter);

        Assert.Equal(PaperStatus.Published, paper.Status);
    }

    [Fact]
    public void Publish_ApprovedButNotSigned_IsRefused() => Assert.Throws<DomainException>(() => Approved().Publish(Drafter));

    [Fact]
    public void Publish_Draft_IsRefused() => Assert.Throws<DomainException>(() => Draft(signatories: 0).Publish(Drafter));

    [Fact]
    public void EditSection_InReview_ChangesHeadingAndText()
    {
        var paper = InReview();

        paper.EditSection(paper.OrderedSections[0], " Scope ", "  ");

        Assert.Equal("Scope", paper.OrderedSections[0].Heading);
        Assert.Null(paper.OrderedSections[0].Text);
    }

    [Fact]
    public void EditSection_Approved_IsRefused()
    {
        var paper = Approved();

        Assert.Throws<DomainException>(() => paper.EditSection(paper.OrderedSections[0], "Scope", "New"));
        Assert.Throws<DomainException>(() => paper.SetSignatories([("Someone", "Role")]));
        Assert.Throws<DomainException>(() => paper.Describe(new PaperDetails("Title", null, null, null, null, null, null)));
    }

    [Fact]
    public void EditSection_Published_IsRefusedAsFinal()
    {
        var paper = Approved(signatories: 0);
        paper.Publish(Drafter);

        var refused = Assert.Throws<DomainException>(() => paper.EditSection(paper.OrderedSections[0], "Scope", "New"));

        Assert.Contains("published", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => paper.Comment(paper.OrderedSections[0], "Too late", Drafter));
    }

    [Fact]
    public void EditSection_SectionOfAnotherPaper_IsRefused() =>
        Assert.Throws<DomainException>(() => Draft().EditSection(new PaperSection { Heading = "Other" }, "Other", "Text"));

    [Fact]
    public void SetAppendices_NotACoverReport_IsRefused() =>
        Assert.Throws<DomainException>(() => Draft().SetAppendices([]));

    [Fact]
    public void RecordVersion_NumbersVersionsInOrder()
    {
        var paper = Draft();

        paper.RecordVersion("Created", "[]", Drafter);
        var second = paper.RecordVersion("Edited A", "[]", Drafter);

        Assert.Equal(2, second.Number);
        Assert.Equal(2, paper.Revision);
    }
}
