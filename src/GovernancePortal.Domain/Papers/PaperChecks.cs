using System.Text.RegularExpressions;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Domain.Papers;

/// <summary>Where a finding is fixed.</summary>
public enum CheckTarget
{
    /// <summary>A section of the paper (<see cref="CheckFinding.TargetId"/> is the section).</summary>
    Section,

    /// <summary>The paper's signatories.</summary>
    Signatories,

    /// <summary>The organisation's glossary.</summary>
    Glossary,

    /// <summary>An improvement area (<see cref="CheckFinding.TargetId"/>).</summary>
    ImprovementArea,

    /// <summary>An improvement action (<see cref="CheckFinding.TargetId"/>).</summary>
    ImprovementAction,

    /// <summary>The SIC survey's analysis (<see cref="CheckFinding.TargetId"/> is the survey).</summary>
    SurveyAnalysis,
}

public enum CheckSeverity
{
    /// <summary>Approval is refused until it is fixed.</summary>
    Error,

    /// <summary>Shown before approval; does not stop it.</summary>
    Warning,
}

/// <summary>One thing to fix before approval, and where to fix it.</summary>
public sealed record CheckFinding(CheckSeverity Severity, string Message, CheckTarget Target, int? TargetId);

/// <summary>A section as the checks see it: its own text and the text of what is generated after it.</summary>
public sealed record SectionFacts(int Id, string Title, SectionContent Content, CipfaElement Elements, string? Text, string GeneratedText);

/// <summary>A governance area the year's SIC survey rated limited or no assurance.</summary>
public sealed record SurveyConcern(int SurveyId, string AreaTitle, string Rating, bool HasImprovementAction);

/// <summary>A closed (completed or withdrawn) improvement action the text might still describe as open.</summary>
public sealed record ClosedAction(int Id, string Code, string Title);

/// <summary>An improvement area the paper reports that has no lead.</summary>
public sealed record AreaWithoutLead(int Id, string Title);

/// <summary>Everything the checks before approval look at.</summary>
public sealed record PaperFacts(
    PaperKind Kind,
    IReadOnlyList<SectionFacts> Sections,
    IReadOnlyList<(string Name, string Role)> Signatories,
    IReadOnlyList<string> Glossary,
    IReadOnlyList<SurveyConcern> SurveyConcerns,
    IReadOnlyList<ClosedAction> ClosedActions,
    IReadOnlyList<AreaWithoutLead> AreasWithoutLead);

/// <summary>
/// The checks before approval: CIPFA's six AGS elements each covered by a section with content; SIC areas rated limited or
/// no assurance that have no improvement action; closed actions still described in the text; improvement areas without a
/// lead and signatories without a role; placeholders; empty sections; acronyms used but not in the glossary.
/// </summary>
public static partial class PaperChecks
{
    public static IReadOnlyList<CheckFinding> Run(PaperFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var findings = new List<CheckFinding>();
        var sections = facts.Sections;

        if (facts.Kind == PaperKind.AnnualGovernanceStatement)
        {
            foreach (var element in CipfaElements.All)
            {
                var covering = sections.Where(s => s.Elements.HasFlag(element)).ToList();
                if (covering.Count == 0)
                {
                    findings.Add(new(CheckSeverity.Error, $"No section covers CIPFA's required element: {CipfaElements.Describe(element)}. Say which section covers it.", CheckTarget.Section, sections.FirstOrDefault()?.Id));
                }
                else if (covering.All(IsEmpty))
                {
                    findings.Add(new(CheckSeverity.Error, $"{covering[0].Title} covers \"{CipfaElements.Describe(element)}\" but has no content", CheckTarget.Section, covering[0].Id));
                }
            }

            foreach (var concern in facts.SurveyConcerns.Where(c => !c.HasImprovementAction))
            {
                findings.Add(new(CheckSeverity.Error, $"The SIC survey rated {concern.AreaTitle} \"{concern.Rating}\" and no improvement action addresses it", CheckTarget.SurveyAnalysis, concern.SurveyId));
            }
        }

        foreach (var action in facts.ClosedActions)
        {
            var pattern = new Regex($@"(?<![\w-]){Regex.Escape(action.Code)}(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            foreach (var section in sections.Where(s => s.Text is not null && pattern.IsMatch(s.Text)))
            {
                findings.Add(new(CheckSeverity.Error, $"{section.Title} still describes {action.Code} ({action.Title}) as an open issue, but the action is closed", CheckTarget.Section, section.Id));
            }
        }

        foreach (var area in facts.AreasWithoutLead)
        {
            findings.Add(new(CheckSeverity.Error, $"Improvement area \"{area.Title}\" has no lead", CheckTarget.ImprovementArea, area.Id));
        }

        if (sections.Any(s => s.Content == SectionContent.Declaration))
        {
            if (facts.Signatories.Count == 0)
            {
                findings.Add(new(CheckSeverity.Error, "The declaration has no signatories", CheckTarget.Signatories, null));
            }

            foreach (var (name, _) in facts.Signatories.Where(s => string.IsNullOrWhiteSpace(s.Role)))
            {
                findings.Add(new(CheckSeverity.Error, $"Signatory {name} has no role", CheckTarget.Signatories, null));
            }
        }

        foreach (var section in sections)
        {
            var placeholder = FindPlaceholder(section.Text);
            if (placeholder is not null)
            {
                findings.Add(new(CheckSeverity.Error, $"{section.Title} still contains the placeholder \"{placeholder}\"", CheckTarget.Section, section.Id));
            }

            if (IsEmpty(section))
            {
                findings.Add(new(CheckSeverity.Error, $"{section.Title} is empty", CheckTarget.Section, section.Id));
            }
        }

        var undefined = Acronyms.Undefined(sections.SelectMany(s => new[] { s.Text is null ? null : StructuredText.ToPlainText(s.Text), s.GeneratedText }), facts.Glossary);
        if (undefined.Count > 0)
        {
            var list = string.Join(", ", undefined.Take(30).Select(u => u.Acronym));
            var more = undefined.Count > 30 ? $" and {undefined.Count - 30} more" : string.Empty;
            findings.Add(new(CheckSeverity.Warning, $"{Plural.Of(undefined.Count, "acronym")} used but not in the glossary: {list}{more}", CheckTarget.Glossary, null));
        }

        return findings;
    }

    /// <summary>A section with neither its own text nor generated content.</summary>
    public static bool IsEmpty(SectionFacts section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return string.IsNullOrWhiteSpace(section.Text) && string.IsNullOrWhiteSpace(section.GeneratedText);
    }

    /// <summary>The first placeholder in the text: TBC, TBA, TODO, XXX, [insert …], [date], &lt;insert …&gt;, ???.</summary>
    public static string? FindPlaceholder(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = Placeholder().Match(text);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"\[\s*(?:TBC|TBA|TODO|insert|add|enter|date|name)\b[^\]\n]{0,40}\]|(?<!\w)(?:TBC|TBA|TODO|XXX+)(?!\w)|<insert[^>\n]{0,40}>|\?\?\?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
