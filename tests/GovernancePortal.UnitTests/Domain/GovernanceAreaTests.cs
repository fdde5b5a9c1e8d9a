using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;

namespace GovernancePortal.UnitTests.Domain;

public sealed class GovernanceAreaTests
{
    private static GovernanceArea Area(string reference = "4.7") => new()
    {
        OrganisationId = 1,
        Reference = reference,
        SortOrder = GovernanceArea.SortOrderFor(reference),
        Title = "Risk management",
        Description = "How risks are managed",
    };

    [Fact]
    public void Renumber_NewReference_MovesTheAreaToItsPlace()
    {
        var area = Area("4.7");

        area.Renumber("12");

        Assert.Equal("12", area.Reference);
        Assert.Equal(12_000, area.SortOrder);
    }

    [Fact]
    public void Renumber_SameReference_KeepsTheSortOrder()
    {
        var area = new GovernanceArea { Reference = "3", SortOrder = 5, Title = "T", Description = "D" };

        area.Renumber("3");

        Assert.Equal(5, area.SortOrder);
    }

    [Fact]
    public void Archive_LiveArea_IsArchived()
    {
        var area = Area();

        area.Archive();

        Assert.True(area.IsArchived);
    }

    [Fact]
    public void Archive_AlreadyArchived_IsRefused()
    {
        var area = Area();
        area.Archive();

        Assert.Throws<DomainException>(area.Archive);
        Assert.True(area.IsArchived);
    }

    [Fact]
    public void Restore_ArchivedArea_IsLiveAgain()
    {
        var area = Area();
        area.Archive();

        area.Restore();

        Assert.False(area.IsArchived);
    }

    [Fact]
    public void Restore_LiveArea_IsRefused()
    {
        Assert.Throws<DomainException>(Area().Restore);
    }
}
