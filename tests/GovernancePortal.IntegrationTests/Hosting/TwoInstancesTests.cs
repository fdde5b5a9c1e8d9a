using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Pages.Account;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GovernancePortal.IntegrationTests.Hosting;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer (deploy/README.md): one browser's
/// cookies work on both (the Data Protection keys are in the database), a form rendered by one posts to the other,
/// signing out on one ends the session on the other within the session check interval, and the scheduler runs as one
/// cluster over both.
/// </summary>
public sealed class TwoInstancesTests(TwoInstancesTests.Pair pair) : IClassFixture<TwoInstancesTests.Pair>
{
    /// <summary>The check interval these instances run with (production default 10 seconds, at most 30).</summary>
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly Instance _a = pair.A;
    private readonly Instance? _b = pair.B;

    /// <summary>Instance A on a database of its own, and instance B started on the same database.</summary>
    public sealed class Pair : IAsyncLifetime
    {
        public Instance A { get; } = new();

        public Instance? B { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await A.InitializeAsync();
            if (A.IsAvailable)
            {
                B = new Instance(A.ConnectionString);
                await B.InitializeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (B is not null)
            {
                await B.DisposeAsync();
            }

            await A.DisposeAsync();
        }
    }

    [Fact]
    public async Task OneBrowser_SignInOnAThenUseBAndSignOutOnB_SessionEndsOnAWithinTheCheckInterval()
    {
        _a.RequireAvailable();
        var b = _b!;
        var email = await _a.NewAccountAsync("two-instances", Infrastructure.Identity.AppRoles.Auditor);
        var cookies = new System.Net.CookieContainer();
        using var onA = _a.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));
        using var onB = b.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

        // Sign in on A; B reads A's cookie.
        await onA.SignInOrFailAsync(email, AccountTestData.Password);
        var (home, page) = await onB.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Signed in as", page.QuerySelector(".app-service-navigation__user")?.TextContent, StringComparison.Ordinal);

        // A form rendered by A (its antiforgery token, A's key) posts to B, which changes the password.
        var (_, changeOnA) = await onA.GetPageAsync("/account/change-password");
        var (posted, _) = await RenderedForm.ForElement(onB, "/account/change-password", (IHtmlFormElement)changeOnA.QuerySelector("main form")!)
            .SubmitAsync([new("Input.CurrentPassword", AccountTestData.Password), new("Input.NewPassword", "two instances new passphrase"), new("Input.ConfirmNewPassword", "two instances new passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        // Keep a copy of the cookie, sign out on B, and watch A refuse the copy.
        var copy = cookies.GetCookieHeader(new Uri("https://localhost"));
        var (signOut, _) = await onB.SubmitFormAsync("/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var copied = _a.CreateDefaultClient(new Uri("https://localhost"));
        copied.DefaultRequestHeaders.Add("Cookie", copy);
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await copied.GetAsync(new Uri("/", UriKind.Relative))).StatusCode;
            if (status == HttpStatusCode.Redirect)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (clock.Elapsed < CheckInterval * 3);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.True(clock.Elapsed <= CheckInterval + TimeSpan.FromSeconds(1), $"A accepted the ended session for {clock.Elapsed.TotalSeconds:0.0} s; the bound is {CheckInterval.TotalSeconds:0} s.");
    }

    [Fact]
    public async Task Scheduler_OnBothInstances_IsOneClusterWithEachJobOnce()
    {
        _a.RequireAvailable();
        var b = _b!;
        foreach (var instance in new[] { _a, b })
        {
            var scheduler = await instance.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while ((await scheduler.GetMetadata()).RunningSince is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.True((await scheduler.GetMetadata()).JobStoreClustered);
        }

        // Each instance checks in to the cluster (a row of its own) shortly after it starts.
        var (instances, outboxJobs) = (0, 0);
        for (var deadline = DateTime.UtcNow.AddSeconds(20); instances < 2 && DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            (instances, outboxJobs) = await CountAsync();
        }

        Assert.Equal(2, instances);
        Assert.Equal(1, outboxJobs);
    }

    private Task<(int Instances, int OutboxJobs)> CountAsync() =>
        _a.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var states = connection.CreateCommand();
            states.CommandText = "SELECT COUNT(*) FROM qrtz_scheduler_state";
            var count = Convert.ToInt32(await states.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await using var jobs = connection.CreateCommand();
            jobs.CommandText = "SELECT COUNT(*) FROM qrtz_job_details WHERE job_name = 'send-outbox'";
            return (count, Convert.ToInt32(await jobs.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        });

    public sealed class Instance : PortalFactory
    {
        /// <summary>The first instance, on a copy of the template database of its own.</summary>
        public Instance()
            : base(DatabaseProvider.Postgres)
        {
        }

        /// <summary>A second instance on the first one's database.</summary>
        public Instance(string connectionString)
            : base(DatabaseProvider.Postgres, connectionString, emptyDatabase: false)
        {
        }

        protected override void Configure(IDictionary<string, string?> settings)
        {
            settings["Security:SessionCheckInterval"] = "00:00:02";
            settings["Scheduler:Enabled"] = "true";
            settings["Mail:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "gp-two-instances-pickup");
        }
    }
}
