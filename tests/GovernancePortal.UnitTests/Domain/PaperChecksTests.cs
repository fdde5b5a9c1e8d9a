using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Domain;

public sealed class PaperChecksTests
{
    private const CipfaElement AllElements = CipfaElement.AcknowledgementOfResponsibility | CipfaElement.AssessmentOfKeyElements | CipfaElement.OpinionOnAssurance
        | CipfaElement.ActionPlan | CipfaElement.LastYearIssuesResolved | CipfaElement.ConclusionAndCommitment;

    private static SectionFacts Section(int id = 1, string? text = "The Commissioner is responsible.", string generated = "", CipfaElement elements = AllElements, SectionContent content = SectionContent.Text) =>
        new(id, $"Section {id}", content, elements, text, generated);

    /// <summary>An AGS that passes every check.</summary>
    private static PaperFacts Clean(params SectionFacts[] sections) => new(
        PaperKind.AnnualGovernanceStatement,
        sections.Length == 0 ? [Section()] : sections,
        [("Sir Mark Rowley", "Commissioner")],
        ["AGS"],
        [],
        [],
        []);

    [Fact]
    public void Run_CleanPaper_FindsNothing() => Assert.Empty(PaperChecks.Run(Clean()));

    [Fact]
    public void Run_ElementNotCoveredBySection_IsAnError()
    {
        var findings = PaperChecks.Run(Clean(Section(elements: AllElements & ~CipfaElement.ActionPlan)));

        var finding = Assert.Single(findings);
        Assert.Equal(CheckSeverity.Error, finding.Severity);
        Assert.Contains(CipfaElements.Describe(CipfaElement.ActionPlan), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ElementCoveredOnlyByEmptySection_IsAnError()
    {
        var findings = PaperChecks.Run(Clean(Section(1, elements: AllElements & ~CipfaElement.OpinionOnAssurance), Section(2, text: null, elements: CipfaElement.OpinionOnAssurance)));

        Assert.Contains(findings, f => f.TargetId == 2 && f.Message.Contains("has no content", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.TargetId == 2 && f.Message.EndsWith("is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_CodeOfGovernance_DoesNotAskForCipfaElements() =>
        Assert.Empty(PaperChecks.Run(Clean(Section(elements: CipfaElement.None)) with { Kind = PaperKind.CodeOfGovernance }));

    [Fact]
    public void Run_GeneratedContentOnly_IsNotEmpty() =>
        Assert.Empty(PaperChecks.Run(Clean(Section(text: null, generated: "1. Leadership"))));

    [Fact]
    public void Run_SurveyConcernWithoutAction_IsAnErrorOnTheSurveyAnalysis()
    {
        var facts = Clean() with { SurveyConcerns = [new SurveyConcern(7, "3 Risk management", "Limited assurance", false), new SurveyConcern(7, "4 Finance", "No assurance", true)] };

        var finding = Assert.Single(PaperChecks.Run(facts));

        Assert.Equal((CheckTarget.SurveyAnalysis, 7), (finding.Target, finding.TargetId));
        Assert.Contains("3 Risk management", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClosedActionNamedInText_IsAnError()
    {
        var facts = Clean(Section(text: "Action IA2-01 remains open.")) with { ClosedActions = [new ClosedAction(5, "IA2-01", "Strategy")], Glossary = ["IA"] };

        var finding = Assert.Single(PaperChecks.Run(facts));

        Assert.Contains("IA2-01", finding.Message, StringComparison.Ordinal);
        Assert.Equal(CheckTarget.Section, finding.Target);
    }

    [Fact]
    public void Run_ClosedActionCodeInsideLongerCode_IsNotMatched() =>
        Assert.Empty(PaperChecks.Run(Clean(Section(text: "Action IA2-011 remains open.")) with { ClosedActions = [new ClosedAction(5, "IA2-01", "Strategy")], Glossary = ["IA"] }));

    [Fact]
    public void Run_AreaWithoutLead_IsAnErrorOnTheArea()
    {
        var finding = Assert.Single(PaperChecks.Run(Clean() with { AreasWithoutLead = [new AreaWithoutLead(9, "2 Risk")] }));

        Assert.Equal((CheckTarget.ImprovementArea, 9), (finding.Target, finding.TargetId));
    }

    [Fact]
    public void Run_DeclarationWithoutSignatories_IsAnError()
    {
        var facts = Clean(Section(1), Section(2, content: SectionContent.Declaration, elements: CipfaElement.None)) with { Signatories = [] };

        var finding = Assert.Single(PaperChecks.Run(facts));

        Assert.Equal(CheckTarget.Signatories, finding.Target);
    }

    [Fact]
    public void Run_SignatoryWithoutRole_IsAnError()
    {
        var facts = Clean(Section(1), Section(2, content: SectionContent.Declaration, elements: CipfaElement.None)) with { Signatories = [("Jane Doe", " ")] };

        Assert.Contains("Jane Doe", Assert.Single(PaperChecks.Run(facts)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SignatoriesWithoutDeclarationSection_AreNotChecked() =>
        Assert.Empty(PaperChecks.Run(Clean() with { Signatories = [] }));

    [Theory]
    [InlineData("The date is TBC.", "TBC")]
    [InlineData("Signed on [insert date].", "[insert date]")]
    [InlineData("Signed by <insert name>.", "<insert name>")]
    [InlineData("Who ??? knows", "???")]
    public void Run_Placeholder_IsAnErrorNamingIt(string text, string placeholder) =>
        Assert.Contains($"\"{placeholder}\"", Assert.Single(PaperChecks.Run(Clean(Section(text: text))), f => f.Severity == CheckSeverity.Error).Message, StringComparison.Ordinal);

    [Fact]
    public void Run_WordsContainingPlaceholderLetters_AreNotPlaceholders() =>
        Assert.DoesNotContain(PaperChecks.Run(Clean(Section(text: "Statutory duties in TBCX and TODOS"))), f => f.Severity == CheckSeverity.Error);

    [Fact]
    public void Run_AcronymsNotInGlossary_IsOneWarning()
    {
        var finding = Assert.Single(PaperChecks.Run(Clean(Section(text: "The AGS and the MOPAC plan", generated: "HMICFRS inspected MOPAC"))));

        Assert.Equal(CheckSeverity.Warning, finding.Severity);
        Assert.Equal(CheckTarget.Glossary, finding.Target);
        Assert.Contains("MOPAC, HMICFRS", finding.Message, StringComparison.Ordinal);
    }
}
