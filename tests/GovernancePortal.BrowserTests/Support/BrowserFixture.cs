using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// One app and one browser for the whole run, shared by every test class. Each class is its own collection, so classes
// run side by side: a browser test mostly waits (for Chromium, axe and the app), so four at once (xunit.runner.json)
// fill two cores.
[assembly: AssemblyFixture(typeof(GovernancePortal.BrowserTests.Support.BrowserFixture))]

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// The portal served by Kestrel on a free loopback port (plain http, so Development cookie settings). It is the only
/// portal of the browser test run, so it starts on an empty database and seeds it itself (a template would cost one
/// more start). Single sign-on is on, with <see cref="TestIdentityProvider"/> as its identity provider.
/// </summary>
public sealed class KestrelPortal() : PortalFactory(DatabaseProvider.Sqlite, emptyDatabase: true)
{
    /// <summary>The identity provider single sign-on uses (set before the portal starts).</summary>
    public Uri? SsoAuthority { get; set; }

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Security:SecureCookies"] = "false";
        if (SsoAuthority is not null)
        {
            settings["Sso:Enabled"] = "true";
            settings["Sso:Authority"] = SsoAuthority.ToString();
            settings["Sso:ClientId"] = TestIdentityProvider.ClientId;
            settings["Sso:ClientSecret"] = TestIdentityProvider.ClientSecret;
            settings["Sso:DisplayName"] = TestIdentityProvider.DisplayName;
            // Plain http on loopback only (the test provider); production requires https metadata.
            settings["Sso:RequireHttpsMetadata"] = "false";
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, AxeScriptFilter>());
    }

    /// <summary>
    /// Serves axe-core at <see cref="Artefacts.AxeScriptPath"/> (this test host only), so pages load it as a script of
    /// their own origin, which the content security policy allows and Chromium compiles once per renderer and caches.
    /// </summary>
    private sealed class AxeScriptFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Artefacts.AxeScriptPath, axe => axe.Run(context =>
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "private, max-age=3600";
                return context.Response.WriteAsync(Artefacts.AxeScript);
            }));
            next(app);
        };
    }
}

/// <summary>
/// One portal and one headless Debian Chromium for all browser tests, and one real sign-in per demo account per run:
/// the first page that needs an account signs in through the form and keeps the browser's storage state (its cookies);
/// later pages for that account start from that state (<see cref="SignedInPageAsync"/>). Playwright drives the browser installed by the
/// system (never a downloaded one): set CHROMIUM_PATH, or have chromium on the PATH (scripts/test.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> _signedIn = new(StringComparer.OrdinalIgnoreCase);
    private IPlaywright? _playwright;

    public KestrelPortal Portal { get; } = new();

    /// <summary>The OpenID Connect provider the portal's single sign-on uses.</summary>
    public TestIdentityProvider IdentityProvider { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await IdentityProvider.StartAsync();
        Portal.SsoAuthority = IdentityProvider.Authority;
        Portal.UseKestrel(0);
        await Portal.InitializeAsync();
        BaseAddress = Portal.ClientOptions.BaseAddress;
        IdentityProvider.ExpectedRedirectUri = new Uri(BaseAddress, "/signin-oidc").ToString();

        // Other test assemblies may run beside these on two cores: give web-first assertions room beyond the 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (its own cookies) and page, 1280 pixels wide, signed in to nothing.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(storageState: null);

    /// <summary>
    /// A fresh browser context and page signed in as <paramref name="email"/> (through the sign-in form once per run,
    /// then from the saved cookies), showing <paramref name="url"/> (by default the dashboard the account lands on), which
    /// must answer OK and show the account as signed in.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, string url = "/")
    {
        var saved = _signedIn.GetOrAdd(email, account => new Lazy<Task<string>>(() => SignInOnceAsync(account)));
        var page = await NewPageAsync(await saved.Value);
        var response = await page.GotoAsync(url);
        if (new Uri(page.Url).AbsolutePath.Equals("/account/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            // Sessions are held on the server: a test that signed this account out (or out everywhere) ended the saved
            // session for every copy of its cookie. Sign in again and keep the new one.
            await page.Context.CloseAsync();
            var fresh = new Lazy<Task<string>>(() => SignInOnceAsync(email));
            saved = _signedIn.TryUpdate(email, fresh, saved) ? fresh : _signedIn[email];
            page = await NewPageAsync(await saved.Value);
            response = await page.GotoAsync(url);
        }

        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status} for {email}.");
        await Assertions.Expect(page.Locator(".app-service-navigation__user")).ToBeVisibleAsync();
        return page;
    }

    private async Task<string> SignInOnceAsync(string email)
    {
        var page = await NewPageAsync(storageState: null);
        await page.SignInAsAsync(email);
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    private async Task<IPage> NewPageAsync(string? storageState)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            StorageState = storageState,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The browser to drive: CHROMIUM_PATH if set; otherwise Debian's headless shell (package chromium-headless-shell,
    /// which scripts/test.sh installs), or else Debian's chromium, found on the PATH. The headless shell is the same
    /// Blink engine without the browser's user interface layer, as Playwright itself uses for headless runs; on the
    /// two-core test machine it took half the CPU time of `chromium --headless` for the same tests.
    /// </summary>
    public static string ChromiumPath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"CHROMIUM_PATH is set to {configured}, which does not exist.");
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        var path = new[] { "chromium-headless-shell", "chromium", "chromium-browser" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            "Chromium is not installed. Install Debian's chromium-headless-shell (or chromium) package (scripts/test.sh does) or set CHROMIUM_PATH; browser tests never download a browser.");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
        await IdentityProvider.DisposeAsync();
    }
}
