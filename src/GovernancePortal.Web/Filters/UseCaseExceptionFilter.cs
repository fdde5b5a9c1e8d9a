using System.Text.RegularExpressions;
using FluentValidation;
using GovernancePortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Filters;

/// <summary>
/// A page that needs lookup data (lists of options, the record's name) loads it again here when the page is shown
/// again after a validation failure or a conflict.
/// </summary>
public interface IReloadOnError
{
    Task ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Turns use-case outcomes into responses: validation failures re-show the same page with the GOV.UK error summary,
/// field messages and everything the user typed (HTTP 400); a concurrency conflict re-shows the page with the other
/// person's values beside the user's (HTTP 409); not found is 404 and forbidden is 403.
/// </summary>
public sealed partial class UseCaseExceptionFilter : IAsyncPageFilter
{
    /// <summary>The name of the bound property on every page model whose type is (or mirrors) the command.</summary>
    public const string InputPrefix = "Input";

    public const string ConflictValuesKey = "ConflictValues";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        switch (executed.Exception)
        {
            case ValidationException validation when executed.HandlerInstance is PageModel page:
                foreach (var failure in validation.Errors)
                {
                    page.ModelState.AddModelError(FieldKey(failure.PropertyName), failure.ErrorMessage);
                }

                await ShowPageAgainAsync(executed, page, StatusCodes.Status400BadRequest);
                break;

            case ConcurrencyConflictException conflict when executed.HandlerInstance is PageModel page:
                page.ModelState.AddModelError(string.Empty, conflict.Message);
                page.ViewData[ConflictValuesKey] = conflict.CurrentValues;
                await ShowPageAgainAsync(executed, page, StatusCodes.Status409Conflict);
                break;

            // A domain rule refused the operation (e.g. an update is already awaiting review): say so on the form.
            case GovernancePortal.Domain.Common.DomainException domain when executed.HandlerInstance is PageModel page:
                page.ModelState.AddModelError(string.Empty, domain.Message);
                await ShowPageAgainAsync(executed, page, StatusCodes.Status400BadRequest);
                break;

            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;

            case ForbiddenException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
        }
    }

    /// <summary>"Roles[0]" and "Roles" both belong to the Roles field; an empty name is a form-level error.</summary>
    public static string FieldKey(string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return string.Empty;
        }

        return $"{InputPrefix}.{IndexSuffix().Replace(propertyName, string.Empty)}";
    }

    private static async Task ShowPageAgainAsync(PageHandlerExecutedContext executed, PageModel page, int statusCode)
    {
        executed.ExceptionHandled = true;
        if (page is IReloadOnError reload)
        {
            // Loading what the page shows checks the user's access again: a refusal there is the answer.
            try
            {
                await reload.ReloadAsync(executed.HttpContext.RequestAborted);
            }
            catch (ForbiddenException)
            {
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            }
            catch (NotFoundException)
            {
                executed.Result = new NotFoundResult();
                return;
            }
        }

        executed.Result = new PageResult { StatusCode = statusCode };
    }

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex IndexSuffix();
}
