using System.Text;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GovernancePortal.Web.Hosting;

/// <summary>
/// GOV.UK-style URLs: page paths in lower-case kebab-case, so Pages/Account/ChangePassword is /account/change-password.
/// Route parameters ({id}) are left as they are.
/// </summary>
public sealed class KebabCaseRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null)
            {
                continue;
            }

            selector.AttributeRouteModel!.Template = string.Join('/', template.Split('/').Select(Kebab));
        }
    }

    public static string Kebab(string segment)
    {
        if (segment.Length == 0 || segment.Contains('{', StringComparison.Ordinal))
        {
            return segment;
        }

        var result = new StringBuilder(segment.Length + 4);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (char.IsUpper(c) && i > 0 && segment[i - 1] != '-')
            {
                result.Append('-');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
