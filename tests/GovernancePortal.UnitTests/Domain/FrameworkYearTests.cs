using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class FrameworkYearTests
{
    private static readonly DateTime Opened = new(2017, 4, 3, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2018, 6, 28, 15, 0, 0, DateTimeKind.Utc);

    private static FrameworkYear Draft() => new() { OrganisationId = 1, Year = new ReportingYear(2017), Status = FrameworkYearStatus.Draft, OpenedAtUtc = Opened };

    [Fact]
    public void Publish_DraftWithNothingPending_IsPublishedWithTheTime()
    {
        var year = Draft();

        year.Publish(pendingProposals: 0, Now);

        Assert.True(year.IsPublished);
        Assert.Equal(FrameworkYearStatus.Published, year.Status);
        Assert.Equal(Now, year.PublishedAtUtc);
    }

    [Fact]
    public void Publish_AlreadyPublished_IsRefusedAndKeepsTheFirstDate()
    {
        var year = Draft();
        year.Publish(0, Now);

        var problem = Assert.Throws<DomainException>(() => year.Publish(0, Now.AddDays(1)));

        Assert.Equal("2017/18 is already published", problem.Message);
        Assert.Equal(Now, year.PublishedAtUtc);
    }

    [Fact]
    public void Publish_ProposalsPending_IsRefusedAndStaysDraft()
    {
        var year = Draft();

        var problem = Assert.Throws<DomainException>(() => year.Publish(pendingProposals: 2, Now));

        Assert.Equal("Accept or return the 2 pending proposals for 2017/18 before publishing it", problem.Message);
        Assert.False(year.IsPublished);
        Assert.Null(year.PublishedAtUtc);
    }

    [Fact]
    public void OpenAfter_PublishedYear_OpensTheNextAsDraftRolledForward()
    {
        var latest = Draft();
        latest.Publish(0, Now);

        var next = FrameworkYear.OpenAfter(latest, Now.AddDays(1));

        Assert.Equal(new ReportingYear(2018), next.Year);
        Assert.Equal(FrameworkYearStatus.Draft, next.Status);
        Assert.Equal(latest.Year, next.RolledForwardFrom);
        Assert.Equal(latest.OrganisationId, next.OrganisationId);
        Assert.Equal(Now.AddDays(1), next.OpenedAtUtc);
        Assert.Null(next.PublishedAtUtc);
    }

    [Fact]
    public void OpenAfter_DraftYear_IsRefusedBecauseOnlyOneYearIsInDraft()
    {
        var problem = Assert.Throws<DomainException>(() => FrameworkYear.OpenAfter(Draft(), Now));

        Assert.Equal("Publish 2017/18 before opening 2018/19: only one year can be in draft at a time", problem.Message);
    }
}
