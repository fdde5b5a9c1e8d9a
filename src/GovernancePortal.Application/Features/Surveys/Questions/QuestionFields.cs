using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Surveys.Questions;

/// <summary>The fields of a question's form and their rules, shared by adding and editing a question.</summary>
public static class QuestionFields
{
    public static void Rules<T>(
        AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, QuestionKind?>> kind,
        System.Linq.Expressions.Expression<Func<T, string?>> text,
        System.Linq.Expressions.Expression<Func<T, string?>> hint)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(kind).NotNull().WithMessage("Select the kind of question").IsInEnum().WithMessage("Select the kind of question");
        Wording(validator, text, hint);
    }

    public static void Wording<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> text, System.Linq.Expressions.Expression<Func<T, string?>> hint)
    {
        validator.RuleForCleaned(text, CleanText.Multiline)
            .NotEmpty().WithMessage("Enter the question")
            .MaximumLength(TextLimits.MediumText).WithMessage($"The question must be {TextLimits.MediumText:N0} characters or fewer");
        validator.RuleForCleaned(hint, CleanText.Multiline)
            .MaximumLength(TextLimits.MediumText).WithMessage($"The hint must be {TextLimits.MediumText:N0} characters or fewer");
    }

    public static string? Optional(string? hint) => CleanText.Multiline(hint) is { Length: > 0 } text ? text : null;
}
