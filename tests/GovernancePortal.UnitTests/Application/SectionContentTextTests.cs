using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Application;

/// <summary>The words for section contents, CIPFA elements, kinds, levels and priorities: one for every value.</summary>
public sealed class SectionContentTextTests
{
    [Fact]
    public void Describe_EverySectionContent_HasItsOwnNameAndDescription()
    {
        var contents = Enum.GetValues<SectionContent>();

        Assert.All(contents, c => Assert.NotEqual(c.ToString(), SectionContentText.Name(c)));
        Assert.All(contents, c => Assert.EndsWith(".", SectionContentText.Describe(c), StringComparison.Ordinal));
        Assert.Equal(contents.Length, contents.Select(SectionContentText.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Words_EveryKindLevelAndPriority_AreWords()
    {
        Assert.Equal("No assurance", SectionContentText.Level(AssuranceLevel.NoAssurance));
        Assert.All(Enum.GetValues<AssuranceLevel>(), l => Assert.NotEqual(l.ToString(), SectionContentText.DescribeLevel(l)));
        Assert.All(Enum.GetValues<PaperKind>(), k => Assert.Contains(" ", SectionContentText.Kind(k), StringComparison.Ordinal));
        Assert.Equal(["High", "Medium", "Low"], Enum.GetValues<RecommendationPriority>().Select(SectionContentText.Priority));
    }

    [Fact]
    public void Elements_Combined_AreListedInCipfaOrder()
    {
        var words = SectionContentText.Elements(CipfaElement.ActionPlan | CipfaElement.AcknowledgementOfResponsibility);

        Assert.Equal([CipfaElements.Describe(CipfaElement.AcknowledgementOfResponsibility), CipfaElements.Describe(CipfaElement.ActionPlan)], words);
        Assert.Empty(SectionContentText.Elements(CipfaElement.None));
    }

    [Fact]
    public void DefaultTemplates_EveryKind_HaveSectionsWithUniqueCodesAndAgsCoversEveryElement()
    {
        foreach (var kind in Enum.GetValues<PaperKind>())
        {
            var sections = DefaultTemplates.For(kind);
            Assert.NotEmpty(sections);
            var codes = sections.Where(s => s.Code is not null).Select(s => s.Code!.ToUpperInvariant()).ToList();
            Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        }

        var covered = DefaultTemplates.For(PaperKind.AnnualGovernanceStatement).Aggregate(CipfaElement.None, (all, s) => all | s.Elements);
        Assert.All(CipfaElements.All, e => Assert.True(covered.HasFlag(e), $"{e} is not covered by the default AGS template"));
    }
}
