namespace GovernancePortal.Application.Common;

/// <summary>The page links of the GOV.UK pagination component: first, last, the current page and its neighbours.</summary>
public static class PageNumbers
{
    /// <summary>Page numbers to link, in order; null marks a gap (shown as an ellipsis).</summary>
    public static IReadOnlyList<int?> Items(int current, int count)
    {
        var shown = Enumerable.Range(1, Math.Max(0, count))
            .Where(p => p == 1 || p == count || Math.Abs(p - current) <= 1)
            .ToList();
        var items = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                items.Add(null);
            }

            items.Add(shown[i]);
        }

        return items;
    }
}
