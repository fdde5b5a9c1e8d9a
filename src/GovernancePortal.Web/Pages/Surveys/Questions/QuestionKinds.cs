using GovernancePortal.Domain.Surveys;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Surveys.Questions;

/// <summary>The kinds of question as the forms offer them.</summary>
public static class QuestionKinds
{
    public static IReadOnlyList<ChoiceItem> Items { get; } =
    [
        new(nameof(QuestionKind.Rating), QuestionKind.Rating.DisplayName(), "On the survey's rating scale, with a narrative that is required for ratings at or below the threshold."),
        new(nameof(QuestionKind.YesNoPartly), QuestionKind.YesNoPartly.DisplayName(), "No and partly must be explained."),
        new(nameof(QuestionKind.Text), QuestionKind.Text.DisplayName()),
        new(nameof(QuestionKind.Evidence), QuestionKind.Evidence.DisplayName(), "A description of the evidence and links to documents, one per line."),
    ];

    public static IReadOnlyList<ChoiceItem> Required { get; } = [new("True", "Yes"), new("False", "No")];
}
