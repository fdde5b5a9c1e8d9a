using System.Linq.Expressions;
using FluentValidation;

namespace GovernancePortal.Application.Common;

/// <summary>
/// Validates a text field as it will be saved, after cleaning (CleanText), under the field's own name, so a value of
/// only control characters is "empty" and a length limit counts what is stored.
/// </summary>
public static class CleanedRules
{
    public static IRuleBuilderInitial<T, TCleaned> RuleForCleaned<T, TCleaned>(
        this AbstractValidator<T> validator, Expression<Func<T, string?>> property, Func<string?, TCleaned> clean)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(property);
        var name = property.Body is MemberExpression member ? member.Member.Name : throw new ArgumentException("Name a property, like x => x.Title.", nameof(property));
        var read = property.Compile();
        return validator.RuleFor(x => clean(read(x))).Configure(rule => rule.PropertyName = name);
    }
}
