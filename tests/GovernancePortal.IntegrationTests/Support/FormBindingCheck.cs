using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// A page filter of the test hosts (integration and browser tests): every posted form field must bind to the page's
/// input (a bound property of the page model or a parameter of the chosen handler, down to the property the name
/// points at). A post with a field that binds to nothing answers 422 with the names, before the handler runs, so a
/// form whose rendered names do not reach its page (as the tuple-model partials once rendered <c>Item2.Code</c>)
/// fails every test that submits it. A post carrying the <see cref="DryRunHeader"/> stops here: 204 when every field
/// binds, so a test can check a form's names without changing anything.
/// </summary>
public sealed class FormBindingCheck : IAsyncPageFilter
{
    public const string DryRunHeader = "X-Test-Binding-Check";

    public const int UnboundStatus = StatusCodes.Status422UnprocessableEntity;

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "__RequestVerificationToken", "handler" };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var dryRun = request.Headers.ContainsKey(DryRunHeader);
        // The error pages are re-executed with the failed request's method and form: they take no input.
        var reExecuted = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null;
        if (reExecuted || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            await next();
            return;
        }

        if (context.HandlerMethod is null)
        {
            context.Result = new ContentResult { StatusCode = StatusCodes.Status404NotFound, Content = "No handler of the page takes this post." };
            return;
        }

        var form = await request.ReadFormAsync();
        var names = form.Keys.Concat(form.Files.Select(f => f.Name)).Where(n => !Ignored.Contains(n)).Distinct(StringComparer.Ordinal);
        var targets = context.ActionDescriptor.BoundProperties.Cast<ParameterDescriptor>()
            .Concat(context.HandlerMethod.Parameters)
            .Select(p => (Name: p.BindingInfo?.BinderModelName ?? p.Name, Type: p.ParameterType))
            .ToList();
        var unbound = names.Where(name => !Binds(name, targets)).ToList();
        if (unbound.Count > 0)
        {
            context.Result = new ContentResult
            {
                StatusCode = UnboundStatus,
                ContentType = "text/plain",
                Content = $"Form fields that bind to nothing on {context.ActionDescriptor.ViewEnginePath} ({context.HandlerMethod.MethodInfo.Name}): {string.Join(", ", unbound)}",
            };
            return;
        }

        if (dryRun)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status204NoContent);
            return;
        }

        await next();
    }

    /// <summary>Does the field name (<c>Input.Leads[0].Id</c>) reach a bindable member, starting from one of the targets?</summary>
    public static bool Binds(string fieldName, IReadOnlyCollection<(string Name, Type Type)> targets)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        var segments = fieldName.Split('.').Select(s => s.Split('[')[0]).ToList();
        var target = targets.FirstOrDefault(t => string.Equals(t.Name, segments[0], StringComparison.OrdinalIgnoreCase));
        return target.Type is not null && Reaches(target.Type, segments.Skip(1).ToList());
    }

    private static bool Reaches(Type type, List<string> segments)
    {
        type = ElementType(type);
        if (segments.Count == 0)
        {
            return true;
        }

        if (IsSimple(type) || typeof(IDictionary).IsAssignableFrom(type))
        {
            // A dictionary's key is the next segment: Input.Values[key] has already been cut to Input.Values.
            return false;
        }

        var property = type.GetProperty(segments[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || property.GetCustomAttribute<BindNeverAttribute>() is not null)
        {
            return false;
        }

        var settable = property.SetMethod?.IsPublic == true || (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType));
        var isRecordParameter = type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));
        return (settable || isRecordParameter) && Reaches(property.PropertyType, segments.Skip(1).ToList());
    }

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return type;
        }

        if (type.IsArray)
        {
            return ElementType(type.GetElementType()!);
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? type : ElementType(enumerable.GetGenericArguments()[0]);
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateOnly)
        || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid) || typeof(IFormFile).IsAssignableFrom(type)
        || System.ComponentModel.TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));
}
