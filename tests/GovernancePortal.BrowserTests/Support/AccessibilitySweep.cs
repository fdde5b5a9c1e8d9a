namespace GovernancePortal.BrowserTests.Support;

public static class AccessibilitySweep
{
    /// <summary>
    /// As <paramref name="email"/> (signed in once per run), opens each URL and runs axe on it; returns what failed (a status that is not
    /// OK, or the violations), so one test can sweep many pages and report them all.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SweepAsync(this BrowserFixture fixture, string email, params string[] urls)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var failures = new List<string>();
        ArgumentNullException.ThrowIfNull(urls);
        var page = await fixture.SignedInPageAsync(email, urls[0]);
        for (var i = 0; i < urls.Length; i++)
        {
            // The first page is already open (its status checked by SignedInPageAsync).
            var url = urls[i];
            var response = i == 0 ? null : await page.GotoAsync(url);
            if (response is { Ok: false })
            {
                failures.Add($"{url}: {response.Status}");
                continue;
            }

            try
            {
                await page.AssertAccessibleAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        await page.Context.CloseAsync();
        return failures;
    }
}
