using System.Text.RegularExpressions;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(GovernancePortal.BrowserTests.Support.LongestFirst))]

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// Starts the longest test classes first (each class is its own collection, and several run at a time), so the run does
/// not end with one long class running alone on an otherwise idle machine. xUnit's default order is random. The order
/// comes from the per-test durations in test-artefacts/results; a class not named here runs after these.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        "ScreenshotSweepTests", "PanelJourneyTests", "SurveyJourneyTests", "ImprovementTests", "PortalJourneyTests", "ImprovementSweepTests",
        "AccessibilitySweepTests", "FrameworkTests", "PeopleAndProposalTests", "SurveyBuildSweepTests", "PaperJourneyTests",
        "ImportTests", "SurveyCompletionSweepTests", "AuditTests", "PapersReferenceSweepTests", "PaperSweepTests",
        "SurveyAnalysisSweepTests",
    ];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        [.. testCollections.OrderBy(c => Rank(c)).ThenBy(c => c.TestCollectionDisplayName, StringComparer.Ordinal)];

    private static int Rank(ITestCollection collection)
    {
        var index = Array.FindIndex(Longest, name => Regex.IsMatch(collection.TestCollectionDisplayName, $@"\.{name}\b", RegexOptions.None, TimeSpan.FromSeconds(1)));
        return index < 0 ? Longest.Length : index;
    }
}
