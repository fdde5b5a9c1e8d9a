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
    List<CodeSectionSeed>? CodeSections,
    string? CodeIntroduction = null,
    string? AgsIntroduction = null);

internal sealed record PrincipleSeed(string Code, string Title, List<string>? SubPrinciples, int SortOrder, AgsReviewSeed? AgsReview = null);

/// <summary>MOPAC's AGS review of one principle (AGS section 4): its place in the review and the answers to its questions.</summary>
internal sealed record AgsReviewSeed(
    string Heading,
    int SortOrder,
    string? Introduction,
    string? WhatIsWorkingWell,
    string? LastYearHeading,
    string? ResponseToLastYear,
    string? WhatCouldBeImproved);

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

internal sealed record MopacPlanSeed(
    string Organisation,
    string Title,
    string Year,
    string Source,
    MopacSummarySeed? Summary,
    List<MopacItemSeed> Items,
    OtherRecommendationsSeed? OtherRecommendations = null);

internal sealed record OtherRecommendationsSeed(string? Source, List<OtherRecommendationSeed> Items);

internal sealed record OtherRecommendationSeed(int Number, string Recommendation, string Priority, string? ManagementResponse, string? State);

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

internal sealed record AuditPanelPaperSeed(
    string Seed,
    string Organisation,
    string? Meeting,
    DateOnly? MeetingDate,
    string Title,
    string? ReportBy,
    string? Summary,
    string? KeyConsiderations,
    string? Interdependencies,
    string? RecommendationsIntro,
    List<string>? Recommendations,
    List<SupportingParagraphSeed>? SupportingInformation,
    List<ImplicationSeed>? Implications,
    string? Contact,
    List<AppendixSeed>? Appendices);

internal sealed record SupportingParagraphSeed(string Number, string? Heading, string Text);

internal sealed record ImplicationSeed(string Heading, string Text);

internal sealed record AppendixSeed(string Label, string Title);

internal sealed record GlossarySeed(string Organisation, string Source, List<GlossaryEntrySeed> Entries);

internal sealed record GlossaryEntrySeed(string Acronym, string Definition, string? In);

internal sealed record MetPapersSeed(string Organisation, string Year, string Source, MetPaperSeed Ags, MetPaperSeed Code);

internal sealed record MetPaperSeed(
    string Title,
    string? Subtitle,
    string? ProtectiveMarking,
    DateOnly Created,
    DateOnly? Published,
    List<SignatorySeed>? Signatories,
    List<ControlEntrySeed> DocumentControl);

internal sealed record SignatorySeed(string Name, string Role, DateOnly? SignedOn);

internal sealed record ControlEntrySeed(string Label, string Value);

internal sealed record MopacAgsSeed(
    string Organisation,
    string Year,
    string Source,
    string Title,
    List<PaperSectionSeed> Sections,
    List<SignatorySeed> Signatories,
    AuditOpinionSeed AuditOpinion);

internal sealed record PaperSectionSeed(string? Code, string Heading, string Text);

internal sealed record AuditOpinionSeed(string Level, string Opinion, string GivenBy, DateOnly? GivenOn, string? Basis);

internal static class SeedFiles
{
    public const string MetFramework = "met-framework-2016-17.json";
    public const string MetPlan = "met-improvement-plan-2018-21.json";
    public const string MopacFramework = "mopac-framework-2018-19.json";
    public const string MopacPlan = "mopac-improvement-plan-2018-19.json";
    public const string AuditPanelPapers = "audit-panel-papers.json";
    public const string MetGlossary = "glossary-met.json";
    public const string MetPapers = "met-papers-2016-17.json";
    public const string MopacAgs = "mopac-ags-2018-19.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string fileName)
    {
        var name = "GovernancePortal.Seed." + fileName;
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Seed file {name} is not embedded in {typeof(SeedFiles).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"Seed file {name} is empty.");
    }
}
