using FluentValidation;
using FluentValidation.Results;

namespace GovernancePortal.Application.Common;

/// <summary>The record asked for does not exist (or the user may not know it exists): shown as 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The user may not do this to this record: shown as 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>
/// Someone else saved the record after this user read it. Carries the values now stored so the page can show them
/// beside what the user typed; nothing the user typed is lost.
/// </summary>
public sealed class ConcurrencyConflictException(string message, IReadOnlyDictionary<string, string?> currentValues, Exception? innerException = null)
    : Exception(message, innerException)
{
    public IReadOnlyDictionary<string, string?> CurrentValues { get; } = currentValues;
}

public static class Validation
{
    /// <summary>Fails one field with a GOV.UK-style message, from inside a handler (e.g. after a database check).</summary>
    public static ValidationException Fail(string propertyName, string message) =>
        new([new ValidationFailure(propertyName, message)]);
}
