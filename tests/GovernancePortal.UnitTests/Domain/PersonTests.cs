using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;

namespace GovernancePortal.UnitTests.Domain;

public sealed class PersonTests
{
    private static Person Person() => new() { OrganisationId = 1, JobTitle = "AC Professionalism", FullName = "Alex Example", HolderSince = new DateOnly(2020, 1, 6) };

    [Fact]
    public void ChangeHolder_NewHolder_KeepsTheOutgoingHolderUntilTheDayBefore()
    {
        var person = Person();

        person.ChangeHolder("Sam Sample", "sam@example.org", null, new DateOnly(2024, 3, 1));

        Assert.Equal("Sam Sample", person.FullName);
        Assert.Equal(new DateOnly(2024, 3, 1), person.HolderSince);
        var previous = Assert.Single(person.PreviousHolders);
        Assert.Equal("Alex Example", previous.FullName);
        Assert.Equal(new DateOnly(2020, 1, 6), previous.From);
        Assert.Equal(new DateOnly(2024, 2, 29), previous.To);
    }

    [Fact]
    public void ChangeHolder_StartBeforeCurrentHolder_IsRefused()
    {
        var person = Person();

        Assert.Throws<DomainException>(() => person.ChangeHolder("Sam Sample", null, null, new DateOnly(2019, 12, 31)));

        Assert.Equal("Alex Example", person.FullName);
        Assert.Empty(person.PreviousHolders);
    }

    [Fact]
    public void ChangeHolder_PostWithoutHolder_AddsNoHistory()
    {
        var person = new Person { JobTitle = "Director of Strategy" };

        person.ChangeHolder("Sam Sample", null, null, new DateOnly(2024, 3, 1));

        Assert.Empty(person.PreviousHolders);
    }

    [Fact]
    public void Archive_CurrentPerson_IsArchived()
    {
        var person = Person();

        person.Archive();

        Assert.True(person.IsArchived);
    }

    [Fact]
    public void Archive_AlreadyArchived_IsRefused()
    {
        var person = Person();
        person.Archive();

        Assert.Throws<DomainException>(person.Archive);
    }

    [Fact]
    public void Restore_ArchivedPerson_IsCurrentAgain()
    {
        var person = Person();
        person.Archive();

        person.Restore();

        Assert.False(person.IsArchived);
    }

    [Fact]
    public void Restore_CurrentPerson_IsRefused()
    {
        Assert.Throws<DomainException>(Person().Restore);
    }
}
