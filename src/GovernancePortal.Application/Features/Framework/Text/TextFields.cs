using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Framework.Text;

/// <summary>The fields of the text form, shared by the add and edit pages.</summary>
public interface ITextFields
{
    string? SubTopic { get; }

    string? Text { get; }
}

/// <summary>The text form's rules: an optional sub-heading and structured text (Domain/Text/StructuredText).</summary>
public static class TextFields
{
    public static void AddRules<T>(UseCaseValidator<T> validator)
        where T : ITextFields
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => CleanText.SingleLine(x.SubTopic)).MaximumLength(AreaStatement.SubTopicMaxLength)
            .WithMessage($"Sub-heading must be {AreaStatement.SubTopicMaxLength} characters or fewer").OverridePropertyName(nameof(ITextFields.SubTopic));
        validator.RuleFor(x => CleanText.Multiline(x.Text)).NotEmpty().WithMessage("Enter the text")
            .MaximumLength(TextLimits.LongText).WithMessage($"Text must be {TextLimits.LongText:N0} characters or fewer")
            .Must(t => StructuredText.FindProblems(t).Count == 0).WithMessage((_, t) => StructuredText.FindProblems(t).FirstOrDefault() ?? string.Empty)
            .OverridePropertyName(nameof(ITextFields.Text));
    }
}
