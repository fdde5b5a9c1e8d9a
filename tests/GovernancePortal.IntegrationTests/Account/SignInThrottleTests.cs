using System.Net;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Account;

/// <summary>A portal that allows three sign-in attempts a minute from one address.</summary>
public sealed class ThrottledPortal() : PortalFactory(DatabaseProvider.Sqlite)
{
    public const int Limit = 3;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Security:SignInRateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Security:SignInRateLimit:Window"] = "00:01:00";
    }
}

/// <summary>Sign-in attempts are throttled per client address: after the limit the answer is 429 with a GOV.UK page.</summary>
public sealed class SignInThrottleTests(ThrottledPortal portal) : IClassFixture<ThrottledPortal>
{
    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitFromOneAddress_Answers429()
    {
        using var client = portal.NewClient();
        for (var i = 0; i < ThrottledPortal.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(PortalFactory.Accounts.Panel, "not the password " + i)).StatusCode);
        }

        // Even the right password is not tried once the address is over its limit.
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", PortalFactory.Accounts.Panel), new("Input.Password", PortalFactory.DemoPassword)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Too many attempts to sign in", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Null(response.Headers.Location);

        // Reading the sign-in page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).StatusCode);
    }
}
