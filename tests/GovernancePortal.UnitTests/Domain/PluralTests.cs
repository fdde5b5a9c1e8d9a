using GovernancePortal.Domain.Text;

namespace GovernancePortal.UnitTests.Domain;

public class PluralTests
{
    [Theory]
    [InlineData(0, "0 rows")]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(1_000, "1,000 rows")]
    public void Of_RegularNoun_AddsSExceptForOne(int count, string expected) =>
        Assert.Equal(expected, Plural.Of(count, "row"));

    [Theory]
    [InlineData(1, "1 row with errors")]
    [InlineData(2, "2 rows with errors")]
    [InlineData(1, "1 entry", "entry", "entries")]
    [InlineData(12, "12 entries", "entry", "entries")]
    [InlineData(1, "1 person", "person", "people")]
    [InlineData(3, "3 people", "person", "people")]
    public void Of_GivenPlural_UsesItForAnythingButOne(int count, string expected, string singular = "row with errors", string plural = "rows with errors") =>
        Assert.Equal(expected, Plural.Of(count, singular, plural));

    [Theory]
    [InlineData(0, "were")]
    [InlineData(1, "was")]
    [InlineData(2, "were")]
    public void Word_Verb_AgreesWithTheCount(int count, string expected) =>
        Assert.Equal(expected, Plural.Word(count, "was", "were"));

    [Fact]
    public void Of_MinusOne_IsSingular() =>
        Assert.Equal("-1 day", Plural.Of(-1, "day"));
}

/// <summary>Counts that meet nouns in the domain's own sentences.</summary>
public class PluralUseTests
{
    [Fact]
    public void RagRuleDescription_OneDay_SaysDay()
    {
        var rule = new GovernancePortal.Domain.Improvement.RagRule { AmberWhenRevised = false, AmberWithinDaysOfDue = 1, RedAfterDaysOverdue = 1 };

        Assert.Contains("due within 1 day", rule.Description, StringComparison.Ordinal);
        Assert.Contains("more than 1 day past its due date", rule.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("1 days", rule.Description, StringComparison.Ordinal);
    }
}
