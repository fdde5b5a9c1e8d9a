using GovernancePortal.Application.Common;
using GovernancePortal.Application;
using GovernancePortal.Infrastructure;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Hosting;
using GovernancePortal.Web.Hosting.Scheduling;
using GovernancePortal.Web.Navigation;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

if (HealthProbe.IsProbe(args))
{
    return await HealthProbe.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

// Outside Development the host names must be configured (AllowedHosts), so a forged Host header is refused (400).
HostNames.Require(builder.Environment, configuration);
// Outside Development the mail server and the portal's public address must be configured (docs/configuration.md).
GovernancePortal.Web.Hosting.Scheduling.MailStartup.Require(builder.Environment, configuration);
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

// Data, use cases and the acting user.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddGovernancePortalData(configuration);
builder.Services.AddApplication();
builder.Services.AddGovernancePortalMail(configuration, builder.Environment.IsDevelopment());
builder.Services.AddSingleton<GovernancePortal.Infrastructure.Mail.IPageLinks, PageLinks>();
// Scheduled work (outbox, survey reminders, RAG refresh) on Quartz.NET; Scheduler:Enabled=false turns it off.
builder.Services.AddScheduledWork(configuration);
builder.Services.AddHostedService<ImportCheckingService>();

// Identity: hardened options shared with the CLI, our own sign-in manager and claims.
var cookies = new CookieNames(configuration.GetValue("Security:SecureCookies", true));
var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
authentication.AddIdentityCookies();
// Single sign-on (docs/sso.md): OpenID Connect beside local accounts when Sso:Enabled; incomplete settings stop the start.
var sso = SsoSettings.Read(configuration);
builder.Services.AddSingleton(sso);
if (sso.Enabled)
{
    authentication.AddPortalSso(sso, cookies);
}

builder.Services.AddGovernancePortalIdentityCore()
    .AddSignInManager<AppSignInManager>()
    .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
    .AddDefaultTokenProviders();
// Server-side sessions (docs/security.md, Sessions): the cookie carries only a session id; SessionTicketStore checks it.
var sessions = SessionSettings.Read(configuration);
builder.Services.AddSingleton<SessionTicketStore>();
builder.Services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
    .Configure<SessionTicketStore>((options, store) => options.SessionStore = store)
    // After the cookie handler has set up its Data Protection format: remember what each cookie value says.
    .PostConfigure(options => options.TicketDataFormat = new RememberedTicketFormat(options.TicketDataFormat));
builder.Services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = cookies.Authentication;
    options.Cookie.HttpOnly = true;
    options.Cookie.SecurePolicy = cookies.SecurePolicy;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.Path = "/";
    options.ExpireTimeSpan = sessions.IdleTimeout;
    options.SlidingExpiration = true;
    options.LoginPath = "/account/sign-in";
    options.LogoutPath = "/account/sign-out";
    options.AccessDeniedPath = "/account/access-denied";
    options.ReturnUrlParameter = "returnUrl";
    // The session store has checked the session and the account (ended, disabled, changed): Identity's security-stamp
    // check, which reloads the account, is not needed on top.
    options.Events.OnValidatePrincipal = _ => Task.CompletedTask;
    // A signed-in user without permission gets a 403 page in place, not a redirect.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});

// Data Protection keys (cookies, antiforgery tokens) live in the database, so every instance reads every instance's
// cookies; with DataProtection:Certificate:Path set they are encrypted at rest with that certificate.
DataProtectionSetup.Configure(builder.Services.AddDataProtection().SetApplicationName("GovernancePortal"), configuration);

builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = cookies.Antiforgery;
    options.Cookie.SecurePolicy = cookies.SecurePolicy;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.FormFieldName = "__RequestVerificationToken";
});

// Authorization: signed-in by default; every page's rule is in Security/PageAccess.cs, permissions in AccessMatrix.
builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddRazorPages(options =>
{
    options.Conventions.Add(new KebabCaseRouteConvention());
    Policies.Configure(options.Conventions);
}).AddMvcOptions(options => options.Filters.Add<UseCaseExceptionFilter>());
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
builder.Services.AddScoped<ServiceNavigation>();
// The form token a browser was given is given again for the same antiforgery cookie and session.
var antiforgery = builder.Services.Last(d => d.ServiceType == typeof(Microsoft.AspNetCore.Antiforgery.IAntiforgery));
builder.Services.Remove(antiforgery);
builder.Services.AddSingleton<Microsoft.AspNetCore.Antiforgery.IAntiforgery>(services => new RememberedAntiforgery(
    (Microsoft.AspNetCore.Antiforgery.IAntiforgery)ActivatorUtilities.CreateInstance(services, antiforgery.ImplementationType!),
    services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>()));
// TempData in a cookie, written or deleted only when there is TempData to keep or a cookie to clear.
builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempDataProvider>();

// Liveness (/health/live) touches nothing but the process; readiness (/health/ready, and /health) checks the
// database and the migrations, with the result remembered for Health:CacheDuration (5 seconds by default).
builder.Services.AddSingleton<HealthCheckCache>();
builder.Services.AddHealthChecks()
    .AddCheck("app", () => HealthCheckResult.Healthy("Running"), tags: [HealthTags.Live])
    .Add(new HealthCheckRegistration("database",
        services => new CachedHealthCheck(services.GetRequiredService<HealthCheckCache>(), "database", ActivatorUtilities.CreateInstance<DatabaseHealthCheck>(services)),
        HealthStatus.Unhealthy, [HealthTags.Ready]))
    .Add(new HealthCheckRegistration("migrations",
        services => new CachedHealthCheck(services.GetRequiredService<HealthCheckCache>(), "migrations", ActivatorUtilities.CreateInstance<MigrationsHealthCheck>(services)),
        HealthStatus.Unhealthy, [HealthTags.Ready]));

// Sign-in attempts are throttled per client address (Security:SignInRateLimit), so that one client cannot guess
// passwords quickly or lock many accounts out; refused attempts answer 429 with the GOV.UK "too many attempts" page.
builder.Services.AddRateLimiter(options => SignInRateLimit.Configure(options, configuration));

if (configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
{
    builder.Services.Configure<ForwardedHeadersOptions>(options =>
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // Trust the listed proxies; with none listed, trust any sender (only safe when nothing but the proxy can
        // reach the app, as in deploy/docker-compose.yml).
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
    });
}

var app = builder.Build();

if (configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
{
    app.UseForwardedHeaders();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/error/500",
    // A use case's refusal that escapes a page (say, while loading what the page shows) is still a refusal: 403 or
    // 404, never a 500.
    StatusCodeSelector = exception => exception switch
    {
        GovernancePortal.Application.Common.ForbiddenException => StatusCodes.Status403Forbidden,
        GovernancePortal.Application.Common.NotFoundException => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status500InternalServerError,
    },
});
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<FreshSessionMiddleware>();
app.UseAuthentication();
app.UseMiddleware<MustChangePasswordMiddleware>();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync, Predicate = c => c.Tags.Contains(HealthTags.Live) }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
app.MapRazorPages();

await DatabaseStartup.RunAsync(app);
await app.RunAsync();
return 0;
