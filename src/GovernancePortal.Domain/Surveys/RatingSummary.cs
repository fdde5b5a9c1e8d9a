namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// The ratings that submitted returns gave one governance area (a section with a rating question), summarised for the
/// analysis: the median level — on an even count, the worse of the two middle levels, so a split between Reasonable
/// and Limited reads Limited — and how many returns chose each level of the scale. A return that rates the area on
/// more than one question counts once, with its worst rating (<see cref="WorstOf"/>).
/// </summary>
public sealed class RatingSummary
{
    private readonly int[] _counts;

    /// <param name="scaleCount">How many levels the survey's scale has (positions 0, best, to scaleCount - 1).</param>
    /// <param name="ratings">One position per return; positions off the scale are ignored.</param>
    public RatingSummary(int scaleCount, IEnumerable<int> ratings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scaleCount);
        ArgumentNullException.ThrowIfNull(ratings);
        var onScale = ratings.Where(r => r >= 0 && r < scaleCount).Order().ToArray();
        _counts = new int[scaleCount];
        foreach (var rating in onScale)
        {
            _counts[rating]++;
        }

        Count = onScale.Length;
        // Sorted best (0) to worst: index n / 2 is the middle of an odd count and the worse middle of an even one.
        Median = Count == 0 ? null : onScale[Count / 2];
    }

    /// <summary>How many returns rated the area.</summary>
    public int Count { get; }

    /// <summary>The median position on the scale, rounding towards the worse level; null when nobody rated the area.</summary>
    public int? Median { get; }

    /// <summary>How many returns chose each position of the scale, best first.</summary>
    public IReadOnlyList<int> Distribution => _counts;

    /// <summary>The share of the returns that chose a position, as a whole percent (half away from zero); 0 when none rated.</summary>
    public int Percent(int position) =>
        Count == 0 || position < 0 || position >= _counts.Length ? 0 : (int)Math.Round(100m * _counts[position] / Count, MidpointRounding.AwayFromZero);

    /// <summary>A return's one rating for an area rated on several questions: the worst (highest position) it gave.</summary>
    public static int? WorstOf(IEnumerable<int?> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.Max();
    }
}
