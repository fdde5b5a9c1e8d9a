using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class ActionCodeTests
{
    [Theory]
    [InlineData("IA2-01", true)]
    [InlineData("IA10-05", true)]
    [InlineData("IA2-1", false)]
    [InlineData("ia2-01", false)]
    [InlineData("F10", false)]
    public void IsValid_MetScheme_AcceptsAreaAndTwoDigitSequence(string code, bool expected) =>
        Assert.Equal(expected, ActionCode.IsValid(ActionCodeScheme.AreaSequence, code));

    [Theory]
    [InlineData("F10", true)]
    [InlineData("A2", true)]
    [InlineData("H1", false)]
    [InlineData("IA2-01", false)]
    [InlineData("F", false)]
    public void IsValid_MopacScheme_AcceptsPrincipleLetterAndNumber(string code, bool expected) =>
        Assert.Equal(expected, ActionCode.IsValid(ActionCodeScheme.PrincipleNumber, code));

    [Fact]
    public void Next_MetAreaWithActions_FollowsHighestSequence() =>
        Assert.Equal("IA2-06", ActionCode.Next(ActionCodeScheme.AreaSequence, "IA2", ["IA2-01", "IA2-05", "IA2-03", "IA20-09"]));

    [Fact]
    public void Next_EmptyMetArea_StartsAtOne() =>
        Assert.Equal("IA4-01", ActionCode.Next(ActionCodeScheme.AreaSequence, "IA4", []));

    [Fact]
    public void Next_MopacPrinciple_NumbersWithoutPadding() =>
        Assert.Equal("F11", ActionCode.Next(ActionCodeScheme.PrincipleNumber, "F", ["F3", "F4", "F10", "G8"]));
}
