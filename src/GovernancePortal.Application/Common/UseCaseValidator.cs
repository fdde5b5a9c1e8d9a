using FluentValidation;

namespace GovernancePortal.Application.Common;

/// <summary>
/// Base for every use case's validator: each field reports only its first problem, as the GOV.UK error pattern
/// expects ("Enter a password", not also "Password must be 12 characters or more").
/// </summary>
public abstract class UseCaseValidator<T> : AbstractValidator<T>
{
    protected UseCaseValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
