using GovernancePortal.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GovernancePortal.Web.Security;

/// <summary>
/// Authorization wiring: every page requires a signed-in user unless <see cref="PageAccess"/> marks it anonymous, and
/// each permission of the <see cref="AccessMatrix"/> is a policy of the same name.
/// </summary>
public static class Policies
{
    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(PageAccess.PolicyName(permission), p => p
                .RequireAuthenticatedUser()
                .RequireAssertion(context => AccessMatrix.AllowsAny(new PrincipalUser(context.User), permission)));
        }
    }

    public static void Configure(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.Add(new PageAccessConvention());
    }
}

/// <summary>Applies each page's <see cref="PageRule"/>; a page without one fails startup.</summary>
public sealed class PageAccessConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rule = PageAccess.For(model.ViewEnginePath);
        switch (rule.Kind)
        {
            case PageRuleKind.Anonymous:
                model.EndpointMetadata.Add(new AllowAnonymousAttribute());
                break;
            case PageRuleKind.Permission:
                model.EndpointMetadata.Add(new AuthorizeAttribute(PageAccess.PolicyName(rule.Permission!.Value)));
                break;
        }
    }
}
