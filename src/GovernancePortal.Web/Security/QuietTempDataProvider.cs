using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewFeatures.Infrastructure;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>
/// MVC's cookie TempData, except that a response with no TempData leaves the cookie alone when the browser has none:
/// the layout reads TempData on every page, and the stock provider then deletes the (absent) cookie on every response.
/// </summary>
public sealed class QuietTempDataProvider(
    IDataProtectionProvider dataProtection, ILoggerFactory loggers, IOptions<CookieTempDataProviderOptions> options, TempDataSerializer serializer)
    : ITempDataProvider
{
    private readonly CookieTempDataProvider _inner = new(dataProtection, loggers, options, serializer);
    private readonly string _cookieName = options.Value.Cookie.Name!;

    public IDictionary<string, object> LoadTempData(HttpContext context) => _inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(_cookieName))
        {
            return;
        }

        _inner.SaveTempData(context, values!);
    }
}
