using GovernancePortal.IntegrationTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests.Support;

public static class PageSignIn
{
    /// <summary>Signs in as a demo account and waits for the signed-in page (polling the page, not the load event).</summary>
    public static async Task SignInAsAsync(this IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-service-navigation__user")).ToBeVisibleAsync();
    }
}
