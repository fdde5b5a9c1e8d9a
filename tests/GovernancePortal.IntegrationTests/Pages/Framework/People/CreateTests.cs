using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.People;

/// <summary>The People/Create page (Create.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    private static string NewTitle() => $"Head of Testing {Guid.NewGuid():N}"[..28];

    private Task<Person> PersonAsync(int id) =>
        portal.WithDbAsync(db => db.People.AsNoTracking().Include(p => p.PreviousHolders).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Create_WithBusinessGroup_IsSavedAndShownInTheList()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var title = NewTitle();

        var (response, _) = await client.SubmitFormAsync("/framework/mps/people/create",
            [new("Input.JobTitle", title), new("Input.BusinessGroup", "  Territorial\u0007 Policing ")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Territorial Policing", (await PersonAsync(id)).BusinessGroup);
        var (_, list) = await client.GetPageAsync("/framework/mps/people");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == title);
        Assert.Equal("Territorial Policing", row.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task Create_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync("/framework/mps/people/create",
        [
            new("Input.JobTitle", " \u0001 "),
            new("Input.FullName", "Jo <script>alert(1)</script> Bloggs"),
            new("Input.Email", "not-an-email"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter an email address in the correct format, like name@example.org", "Enter the job title"], document.ErrorSummary().Order(StringComparer.Ordinal));
        Assert.Equal("Enter the job title", document.FieldError("Input_JobTitle"));
        Assert.Equal("Jo <script>alert(1)</script> Bloggs", document.QuerySelector<IHtmlInputElement>("#Input_FullName")?.Value);
        Assert.Equal("not-an-email", document.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
        Assert.Empty(document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Create_ValidPersonWithAccount_IsSavedCleanedAndListed()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (form, page) = await client.GetPageAsync("/framework/mps/people/create");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var lead = page.QuerySelectorAll<IHtmlOptionElement>("#Input_UserId option").Single(o => o.Text.Contains("lead@example.org", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll<IHtmlOptionElement>("#Input_UserId option"), o => o.Text.Contains("mopac", StringComparison.OrdinalIgnoreCase));
        var title = NewTitle();

        var (response, _) = await client.SubmitFormAsync("/framework/mps/people/create",
        [
            new("Input.JobTitle", $"  {title}\u0007 <b>bold</b>  "),
            new("Input.FullName", "Sam\tExample"),
            new("Input.Email", "sam.example@example.org"),
            new("Input.UserId", lead.Value),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[4], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await PersonAsync(id);
        Assert.Equal($"{title} <b>bold</b>", saved.JobTitle);
        Assert.Equal("Sam Example", saved.FullName);
        Assert.Equal(lead.Value, saved.UserId);

        var (_, list) = await client.GetPageAsync("/framework/mps/people");
        var link = list.QuerySelector($"a[href='/framework/mps/people/{id}/edit']");
        Assert.Equal($"{title} <b>bold</b>", link?.TextContent);
        Assert.Null(list.QuerySelector("main td b"));
    }

    [Fact]
    public async Task Create_AccountOfAnotherOrganisation_IsRefused()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var mopacOnly = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == PortalFactory.Accounts.MopacGovernance).Select(u => u.Id).SingleAsync());

        var (response, document) = await client.SubmitTamperedFormAsync("/framework/mps/people/create",
            [new("Input.JobTitle", NewTitle()), new("Input.UserId", mopacOnly)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select an account from the list"], document.ErrorSummary());
    }
}
