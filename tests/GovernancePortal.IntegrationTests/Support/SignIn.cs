namespace GovernancePortal.IntegrationTests.Support;

/// <summary>The one way tests other than the account pages' own get a signed-in client.</summary>
public static class SignIn
{
    /// <summary>
    /// A client of <paramref name="portal"/> signed in as one of the demo accounts, through the test scheme
    /// (<see cref="TestAuthentication"/>): the app treats it as that account, with the claims the real sign-in would give,
    /// without the sign-in form or a password check. Tests of signing in, out and passwords sign in for real
    /// (<see cref="Html.SignInOrFailAsync"/>).
    /// </summary>
    public static Task<HttpClient> SignedInAsync(this PortalFactory portal, string email)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var client = portal.NewClient();
        client.ActAs(email);
        return Task.FromResult(client);
    }
}
