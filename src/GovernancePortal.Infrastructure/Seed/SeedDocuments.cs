using System.Text.Json;

namespace GovernancePortal.Infrastructure.Seed;

// The shapes of the JSON files in Seed/Data (see Seed/Data/README.md). They are transcriptions of the source
// Audit Panel papers, embedded in this assembly.

internal sealed record FrameworkSeed(
    string Organisation,
    string Year,
    DateOnly Published,
    string PublishedSource,
    string Source,
    List<PrincipleSeed> Principles,
    List<GovernanceAreaSeed>? GovernanceAreas,
    List<LegacyImprovementAreaSeed>? ImprovementAreas,
    List<CodeSectionSeed>? CodeSections);

internal sealed record PrincipleSeed(string Code, string Title, List<string>? SubPrinciples, int SortOrder);

internal sealed record GovernanceAreaSeed(
    int Number,
    string Principle,
    string Title,
    string Description,
    List<string>? SeniorLeads,
    List<KeyControlSeed>? KeyControls,
    List<ReviewSeed>? Review);

internal sealed record KeyControlSeed(string? SubTopic, string Text);

internal sealed record ReviewSeed(string? SubTopic, string? ActivityDuringYear, string? IntendedActivity);

internal sealed record LegacyImprovementAreaSeed(int Sequence, string Title, List<string>? Leads, string? Description);

internal sealed record CodeSectionSeed(string Number, string Principle, string Aim, List<string>? Commitments, string? CommitmentsIntro);

internal sealed record MetPlanSeed(string Organisation, string Title, string StartYear, string EndYear, string Source, List<MetImprovementAreaSeed> ImprovementAreas);

internal sealed record MetImprovementAreaSeed(
    string Code,
    string Title,
    string Tier,
    List<string>? Leads,
    string? Aim,
    string? MainIssue,
    string? Monitoring,
    List<ProgressSeed>? Progress,
    List<MetActionSeed>? Actions);

internal sealed record ProgressSeed(string? Period, string? Assessment, string? Narrative);

internal sealed record MetActionSeed(string Code, string Description, string? Owner, DateOnly? DueDate, string? Status, string? Progress);

internal sealed record MopacPlanSeed(string Organisation, string Title, string Year, string Source, MopacSummarySeed? Summary, List<MopacItemSeed> Items);

internal sealed record MopacSummarySeed(int Total, int Complete, int OnTrack, int RevisedTimescales, string? Text);

internal sealed record MopacItemSeed(
    string Code,
    string Principle,
    string? Title,
    string? Source,
    string? Recommendation,
    string? Actions,
    string? Owner,
    DateOnly? CompletionDate,
    DateOnly? RevisedDate,
    string? State,
    string? SlipExplanation,
    string? Progress);

internal static class SeedFiles
{
    public const string MetFramework = "met-framework-2016-17.json";
    public const string MetPlan = "met-improvement-plan-2018-21.json";
    public const string MopacFramework = "mopac-framework-2018-19.json";
    public const string MopacPlan = "mopac-improvement-plan-2018-19.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string fileName)
    {
        var name = "GovernancePortal.Seed." + fileName;
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Seed file {name} is not embedded in {typeof(SeedFiles).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"Seed file {name} is empty.");
    }
}
