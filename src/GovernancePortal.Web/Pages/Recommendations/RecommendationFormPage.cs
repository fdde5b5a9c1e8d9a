using GovernancePortal.Application.Features.Recommendations;

namespace GovernancePortal.Web.Pages.Recommendations;

/// <summary>A page that shows the recommendation form (create and edit).</summary>
public interface IRecommendationFormPage
{
    RecommendationForm Input { get; }

    RecommendationChoices Choices { get; }

    /// <summary>True on create: the report is chosen or entered; on edit it is fixed.</summary>
    bool Creating { get; }
}

/// <summary>A select box of a form: its field name, label, the empty option's text and the options.</summary>
public sealed record SelectField(string Name, string Label, string? Empty, IEnumerable<(string Value, string Text)> Options, string? Value, string? Hint = null);
