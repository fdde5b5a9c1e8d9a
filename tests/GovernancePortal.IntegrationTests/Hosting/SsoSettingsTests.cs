using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Security;
using Microsoft.Extensions.Configuration;

namespace GovernancePortal.IntegrationTests.Hosting;

/// <summary>Single sign-on's settings (docs/sso.md): checked at start-up, with messages that say what to set.</summary>
public sealed class SsoSettingsTests
{
    private const string EntraAuthority = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";

    private static SsoSettings Read(params (string Key, string? Value)[] values) =>
        SsoSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Read_NotEnabled_IsOffWhateverElseIsSet()
    {
        var settings = Read(("Sso:Authority", "not a url"));
        Assert.False(settings.Enabled);
    }

    [Fact]
    public void Read_EnabledWithEntraSettings_UsesTheDefaults()
    {
        var settings = Read(("Sso:Enabled", "true"), ("Sso:Authority", EntraAuthority), ("Sso:ClientId", "client"), ("Sso:ClientSecret", "secret"));

        Assert.True(settings.Enabled);
        Assert.Equal("preferred_username", settings.MatchClaim);
        Assert.Equal("Microsoft", settings.DisplayName);
        Assert.True(settings.RequireHttpsMetadata);
        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", settings.SignInPagePolicy(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EnabledWithNothingElse_NamesEverySettingToFix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("Sso:Enabled", "true")));

        Assert.StartsWith("Single sign-on is turned on (Sso:Enabled) but its settings are incomplete", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sso:Authority is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://login.microsoftonline.com/<tenant-id>/v2.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sso:ClientId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sso:ClientSecret is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("docs/sso.md", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("login.microsoftonline.com/tenant/v2.0", "is not an absolute http(s) address")]
    [InlineData("http://login.example.org/", "is not https")]
    public void Read_BadAuthority_SaysWhy(string authority, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Read(("Sso:Enabled", "true"), ("Sso:Authority", authority), ("Sso:ClientId", "client"), ("Sso:ClientSecret", "secret")));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HttpAuthorityWithoutHttpsMetadata_IsAllowedForALoopbackTestProvider()
    {
        var settings = Read(("Sso:Enabled", "true"), ("Sso:Authority", "http://127.0.0.1:5099/"), ("Sso:ClientId", "client"), ("Sso:ClientSecret", "secret"),
            ("Sso:RequireHttpsMetadata", "false"), ("Sso:MatchClaim", "email"), ("Sso:DisplayName", "Test"));
        Assert.Equal("email", settings.MatchClaim);
        Assert.Equal("Test", settings.DisplayName);
    }

    [Fact]
    public async Task Start_EnabledWithoutSettings_StopsTheAppWithTheMessage()
    {
        await using var portal = new IncompleteSsoPortal();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await portal.InitializeAsync());
        var inner = error is InvalidOperationException { Message: var m } && m.StartsWith("Single sign-on", StringComparison.Ordinal) ? error : error.InnerException ?? error;
        Assert.Contains("Sso:Authority is missing", inner.Message, StringComparison.Ordinal);
    }

    private sealed class IncompleteSsoPortal() : PortalFactory(DatabaseProvider.Sqlite)
    {
        protected override void Configure(IDictionary<string, string?> settings) => settings["Sso:Enabled"] = "true";
    }
}
