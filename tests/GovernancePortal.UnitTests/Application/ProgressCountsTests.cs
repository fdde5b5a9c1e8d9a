using GovernancePortal.Application.Features.Improvement.Overview;
using GovernancePortal.Domain.Improvement;

namespace GovernancePortal.UnitTests.Application;

public sealed class ProgressCountsTests
{
    [Fact]
    public void Sentence_MopacMix_ReadsLikeThePaper()
    {
        var counts = ProgressCounts.Of(ActionStatus.VerifiedComplete, false, false, RagStatus.Green, 32)
            + ProgressCounts.Of(ActionStatus.InProgress, false, false, RagStatus.Green, 10)
            + ProgressCounts.Of(ActionStatus.InProgress, true, false, RagStatus.Amber, 6);

        Assert.Equal(48, counts.Total);
        Assert.Equal("48 actions: 32 (67%) complete, 10 (21%) on track, 6 (13%) with revised timescales and 0 (0%) overdue.", counts.Sentence);
    }

    [Fact]
    public void Of_OverdueAndRevised_CountsAsOverdueOnlySoCategoriesAddUp()
    {
        var counts = ProgressCounts.Of(ActionStatus.InProgress, revised: true, overdue: true, RagStatus.Red);

        Assert.Equal((0, 0, 1), (counts.OnTrack, counts.Revised, counts.Overdue));
        Assert.Equal(1, counts.Red);
    }

    [Fact]
    public void Sentence_CarriedForward_LeftOutOfPercentages()
    {
        var counts = ProgressCounts.Of(ActionStatus.VerifiedComplete, false, false, RagStatus.Green, 7)
            + ProgressCounts.Of(ActionStatus.CarriedForward, true, false, null, 7);

        Assert.Equal(7, counts.Total);
        Assert.EndsWith("7 carried forward into the next plan.", counts.Sentence, StringComparison.Ordinal);
        Assert.StartsWith("7 actions: 7 (100%) complete", counts.Sentence, StringComparison.Ordinal);
    }
}
