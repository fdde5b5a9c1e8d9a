using GovernancePortal.Infrastructure.Mail;

namespace GovernancePortal.UnitTests.Infrastructure;

public sealed class RetryPolicyTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Max = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void DelayAfter_EachFailure_DoublesFromTheBaseDelay(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), RetryPolicy.DelayAfter(attempts, Base, Max));

    [Fact]
    public void DelayAfter_ManyFailures_IsCappedAndDoesNotOverflow()
    {
        Assert.Equal(Max, RetryPolicy.DelayAfter(10, Base, Max));
        Assert.Equal(Max, RetryPolicy.DelayAfter(int.MaxValue, Base, Max));
    }

    [Fact]
    public void GivesUp_AtTheConfiguredNumberOfAttempts()
    {
        Assert.False(RetryPolicy.GivesUp(7, 8));
        Assert.True(RetryPolicy.GivesUp(8, 8));
    }

    [Fact]
    public void MessageId_SameKey_IsTheSameEveryTime()
    {
        var id = OutboxMimeMessage.MessageId("sic-reminder:12:2026-03-24:4", "portal@governance.example.org");
        Assert.Equal(id, OutboxMimeMessage.MessageId("sic-reminder:12:2026-03-24:4", "portal@governance.example.org"));
        Assert.EndsWith("@governance.example.org", id, StringComparison.Ordinal);
        Assert.NotEqual(id, OutboxMimeMessage.MessageId("sic-reminder:12:2026-03-25:4", "portal@governance.example.org"));
    }
}
