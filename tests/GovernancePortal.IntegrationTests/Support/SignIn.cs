namespace GovernancePortal.IntegrationTests.Support;

/// <summary>The one way tests other than the account pages' own get a signed-in client.</summary>
public static class SignIn
{
    /// <summary>A client of <paramref name="portal"/> signed in as one of the demo accounts.</summary>
    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string email)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }
}
