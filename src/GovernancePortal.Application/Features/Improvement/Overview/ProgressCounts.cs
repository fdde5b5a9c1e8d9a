using System.Globalization;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Improvement.Overview;

/// <summary>
/// Progress counts as the Audit Panel papers report them ("32 (67%) complete, 14 (29%) on track, six with revised
/// timescales"), kept mutually exclusive so they add up: complete (verified or closed), on track (open, in time, date
/// never revised), revised timescale (open, in time, date revised) and overdue (open, past its due date). Actions carried
/// forward into the next plan are counted apart and left out of the percentages.
/// </summary>
public sealed record ProgressCounts(int Complete, int OnTrack, int Revised, int Overdue, int CarriedForward, int Red, int Amber, int Green, int NotRated, int AwaitingReview)
{
    public static ProgressCounts Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Actions counted in the percentages (everything but those carried forward).</summary>
    public int Total => Complete + OnTrack + Revised + Overdue;

    public int Open => OnTrack + Revised + Overdue;

    public static string Percent(int part, int total) =>
        total == 0 ? "0%" : ((int)Math.Round(100.0 * part / total, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>"14 actions: 7 (50%) complete, 0 (0%) on track, 6 (43%) with revised timescales and 1 (7%) overdue."</summary>
    public string Sentence
    {
        get
        {
            if (Total == 0)
            {
                return CarriedForward == 0 ? "No actions yet." : $"{(CarriedForward == 1 ? "The" : "All")} {Plural.Of(CarriedForward, "open action")} {Plural.Word(CarriedForward, "was", "were")} carried forward.";
            }

            var text = string.Create(CultureInfo.InvariantCulture,
                $"{Plural.Of(Total, "action")}: {Complete} ({Percent(Complete, Total)}) complete, {OnTrack} ({Percent(OnTrack, Total)}) on track, {Revised} ({Percent(Revised, Total)}) with revised timescales and {Overdue} ({Percent(Overdue, Total)}) overdue.");
            return CarriedForward == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $" {CarriedForward} carried forward into the next plan.");
        }
    }

    public static ProgressCounts operator +(ProgressCounts a, ProgressCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Complete + b.Complete, a.OnTrack + b.OnTrack, a.Revised + b.Revised, a.Overdue + b.Overdue, a.CarriedForward + b.CarriedForward,
            a.Red + b.Red, a.Amber + b.Amber, a.Green + b.Green, a.NotRated + b.NotRated, a.AwaitingReview + b.AwaitingReview);
    }

    /// <summary>Counts one action (or <paramref name="count"/> alike).</summary>
    public static ProgressCounts Of(ActionStatus status, bool revised, bool overdue, RagStatus? rag, int count = 1)
    {
        if (status == ActionStatus.CarriedForward)
        {
            return Empty with { CarriedForward = count };
        }

        if (!status.IsOpen())
        {
            return Empty with { Complete = count };
        }

        var counts = overdue ? Empty with { Overdue = count } : revised ? Empty with { Revised = count } : Empty with { OnTrack = count };
        return rag switch
        {
            RagStatus.Red => counts with { Red = count },
            RagStatus.Amber => counts with { Amber = count },
            RagStatus.Green => counts with { Green = count },
            _ => counts with { NotRated = count },
        };
    }
}
