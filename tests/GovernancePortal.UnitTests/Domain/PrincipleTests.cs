using GovernancePortal.Domain.Framework;

namespace GovernancePortal.UnitTests.Domain;

public sealed class PrincipleTests
{
    private static Principle Principle() => new()
    {
        OrganisationId = 1,
        Code = "A",
        Title = "Behaving with integrity",
        SortOrder = 1,
        SubPrinciples =
        [
            new SubPrinciple { Id = 1, Title = "Alpha", SortOrder = 1 },
            new SubPrinciple { Id = 2, Title = "Bravo", SortOrder = 2 },
            new SubPrinciple { Id = 3, Title = "Charlie", SortOrder = 3 },
        ],
    };

    [Fact]
    public void Revise_LinesReorderedEditedAddedRemoved_KeepsUnchangedRowsAndReusesTheRest()
    {
        var principle = Principle();

        principle.Revise("Integrity", 4, ["Charlie", "Alpha (revised)", "Delta", "Echo"]);

        Assert.Equal("Integrity", principle.Title);
        Assert.Equal(4, principle.SortOrder);
        Assert.Equal(["Charlie", "Alpha (revised)", "Delta", "Echo"], principle.SubPrincipleTitles());
        Assert.Equal(3, principle.SubPrinciples.Single(s => s.Title == "Charlie").Id);
        Assert.Equal(1, principle.SubPrinciples.Single(s => s.Title == "Alpha (revised)").Id);
        Assert.Equal(2, principle.SubPrinciples.Single(s => s.Title == "Delta").Id);
        Assert.Equal(0, principle.SubPrinciples.Single(s => s.Title == "Echo").Id);
    }

    [Fact]
    public void Revise_NoLines_RemovesEverySubPrinciple()
    {
        var principle = Principle();

        principle.Revise("Behaving with integrity", 1, []);

        Assert.Empty(principle.SubPrinciples);
    }
}
