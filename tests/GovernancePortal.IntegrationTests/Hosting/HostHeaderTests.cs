using System.Net;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GovernancePortal.IntegrationTests.Hosting;

/// <summary>The portal on real Kestrel (loopback, plain http), with its host names configured.</summary>
public sealed class NamedHostPortal : PortalFactory
{
    public NamedHostPortal()
        : base(DatabaseProvider.Sqlite) => UseKestrel(0);

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Security:SecureCookies"] = "false";
        settings["AllowedHosts"] = "localhost;127.0.0.1";
    }
}

/// <summary>A portal started as in production with AllowedHosts left at "*".</summary>
public sealed class AnyHostProductionPortal() : PortalFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>Host names: a forged Host header is refused, production needs them configured, and there is no Server header.</summary>
public sealed class HostHeaderTests(NamedHostPortal portal) : IClassFixture<NamedHostPortal>, IDisposable
{
    // A plain client on the Kestrel address: requests go over real HTTP, with the headers Kestrel writes.
    private readonly HttpClient _client = new() { BaseAddress = portal.ClientOptions.BaseAddress };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Get_ForeignHostHeader_Answers400WithoutRedirectingThere()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "evil.example";
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Get_ConfiguredHost_Answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/sign-in", UriKind.Relative));
        request.Headers.Host = "localhost";
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Responses_FromKestrel_HaveNoServerHeader()
    {
        var page = await _client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var missing = await _client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Headers.Server);
        Assert.False(page.Headers.Contains("Server"));
        Assert.False(missing.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Start_ProductionWithAnyHost_RefusesWithAClearMessage()
    {
        await using var portal = new AnyHostProductionPortal();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await portal.InitializeAsync());

        var message = error.GetBaseException().Message;
        Assert.Contains("AllowedHosts", message, StringComparison.Ordinal);
        Assert.Contains("'*'", message, StringComparison.Ordinal);
    }
}
