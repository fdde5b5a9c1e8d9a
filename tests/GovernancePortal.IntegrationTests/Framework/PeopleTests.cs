using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Framework;

public abstract class PeopleTests(PortalFactory portal)
{
    private static string NewTitle() => $"Head of Testing {Guid.NewGuid():N}"[..28];

    private async Task<int> CreatePersonAsync(string jobTitle, string? fullName = null, string? email = null) =>
        await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == "MPS");
            var person = new Person { OrganisationId = met.Id, JobTitle = jobTitle, FullName = fullName, Email = email };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    private Task<Person> PersonAsync(int id) =>
        portal.WithDbAsync(db => db.People.AsNoTracking().Include(p => p.PreviousHolders).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task List_AsMetGovernance_ShowsPostsHoldersAndAreasLed()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.GetPageAsync("/framework/mps/people");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == "AC Professionalism");
        Assert.Contains("Demo Senior Lead", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, row.QuerySelectorAll("td:last-child li").Length);
        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/people/create']"));
    }

    [Fact]
    public async Task List_AsPanelMember_IsReadOnly()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/mopac/people");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("a[href$='/edit']"));
        Assert.Null(document.QuerySelector("a[href$='/create']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/framework/mopac/people/create", UriKind.Relative))).StatusCode);
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

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var id = await CreatePersonAsync(NewTitle(), "Original Name");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/people/{id}/edit";
        var (_, page) = await client.GetPageAsync(url);
        var staleVersion = page.QuerySelector<IHtmlInputElement>("main form:not([action*=handler]) input[name='Input.Version']")!.Value;

        await portal.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.FullName = "Renamed By Colleague";
            return await db.SaveChangesAsync();
        });

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.JobTitle", "My Typed Title " + id),
            new("Input.FullName", "My Typed Name"),
            new("Input.Email", string.Empty),
            new("Input.UserId", string.Empty),
            new("Input.Version", staleVersion),
        };
        var (response, document) = await client.SubmitFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this person", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        Assert.Contains("Renamed By Colleague", document.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("My Typed Name", document.QuerySelector<IHtmlInputElement>("#Input_FullName")?.Value);
        Assert.Equal("Renamed By Colleague", (await PersonAsync(id)).FullName);

        // Saving again from the conflict page replaces the colleague's version.
        var fresh = document.QuerySelector<IHtmlInputElement>("main form:not([action*=handler]) input[name='Input.Version']")!.Value;
        Assert.NotEqual(staleVersion, fresh);
        fields[^1] = new("Input.Version", fresh);
        var (again, _) = await client.SubmitFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My Typed Name", (await PersonAsync(id)).FullName);
    }

    [Fact]
    public async Task ChangeHolder_TwiceOver_KeepsEachPreviousHolderInHistory()
    {
        var id = await CreatePersonAsync(NewTitle(), "First Holder", "first@example.org");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/people/{id}/change-holder";

        var (first, _) = await client.SubmitFormAsync(url,
            [new("Input.FullName", "Second Holder"), new("Input.StartDay", "1"), new("Input.StartMonth", "4"), new("Input.StartYear", "2017")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var (second, _) = await client.SubmitFormAsync(url,
            [new("Input.FullName", "Third Holder"), new("Input.Email", "third@example.org"), new("Input.StartDay", "15"), new("Input.StartMonth", "9"), new("Input.StartYear", "2018")]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var person = await PersonAsync(id);
        Assert.Equal("Third Holder", person.FullName);
        Assert.Equal(new DateOnly(2018, 9, 15), person.HolderSince);
        Assert.Equal(["First Holder", "Second Holder"], person.PreviousHolders.OrderBy(h => h.To).Select(h => h.FullName));

        var (_, edit) = await client.GetPageAsync($"/framework/mps/people/{id}/edit");
        var rows = edit.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["Second Holder", "First Holder"], rows);
        Assert.Contains("2018", edit.QuerySelector("table tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "", "Enter the date the new holder started")]
    [InlineData("1", "", "2017", "Start date must include a month")]
    [InlineData("31", "2", "2017", "Start date must be a real date")]
    [InlineData("1", "4", "17", "Year must include 4 numbers")]
    public async Task ChangeHolder_BadStartDate_SaysWhatIsWrongAndKeepsInput(string day, string month, string year, string message)
    {
        var id = await CreatePersonAsync(NewTitle(), "Current Holder");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/people/{id}/change-holder",
            [new("Input.FullName", "Next Holder"), new("Input.StartDay", day), new("Input.StartMonth", month), new("Input.StartYear", year)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], document.ErrorSummary());
        Assert.Equal("#Input_StartDate", document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal("Next Holder", document.QuerySelector<IHtmlInputElement>("#Input_FullName")?.Value);
        Assert.Equal(day, document.QuerySelector<IHtmlInputElement>("#Input_StartDate")?.Value ?? string.Empty);
        Assert.Equal("Current Holder", (await PersonAsync(id)).FullName);
    }

    [Fact]
    public async Task ChangeHolder_StartBeforeCurrentHolder_IsRefused()
    {
        var id = await CreatePersonAsync(NewTitle(), "Holder");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/people/{id}/change-holder";
        await client.SubmitFormAsync(url, [new("Input.FullName", "Newer"), new("Input.StartDay", "1"), new("Input.StartMonth", "6"), new("Input.StartYear", "2019")]);

        var (response, document) = await client.SubmitFormAsync(url,
            [new("Input.FullName", "Earlier"), new("Input.StartDay", "1"), new("Input.StartMonth", "1"), new("Input.StartYear", "2019")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The new holder cannot start before the current holder did"], document.ErrorSummary());
    }

    [Fact]
    public async Task Archive_ThenListWithoutArchived_HidesPerson()
    {
        var title = NewTitle();
        var id = await CreatePersonAsync(title);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/framework/mps/people/{id}/edit", [], handler: "Archive");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await PersonAsync(id)).IsArchived);
        var (_, current) = await client.GetPageAsync("/framework/mps/people");
        Assert.DoesNotContain(title, current.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, all) = await client.GetPageAsync("/framework/mps/people?archived=true");
        Assert.Contains(title, all.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (back, _) = await client.SubmitFormAsync($"/framework/mps/people/{id}/edit", [], handler: "Unarchive");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.False((await PersonAsync(id)).IsArchived);
    }

    [Fact]
    public async Task Edit_MopacGovernanceOnMetPerson_IsForbidden()
    {
        var id = await CreatePersonAsync(NewTitle(), "Met Person");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (get, _) = await client.GetPageAsync($"/framework/mps/people/{id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/framework/mps/people/{id}/change-holder", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/framework/mps/people/create", UriKind.Relative))).StatusCode);

        // The Met's form, as the Met's officer sees it, posted by the MOPAC officer with their own token is refused too.
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await met.GetFormAsync($"/framework/mps/people/{id}/edit");
        var (post, _) = await form.SubmitAsync([new("Input.JobTitle", "Hijacked")], asClient: client);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("Met Person", (await PersonAsync(id)).FullName);

        // The MOPAC person of the same MOPAC officer is theirs to edit; the Met's list is readable.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/framework/mps/people", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Edit_UnknownOrOtherOrganisationsPerson_IsNotFound()
    {
        var metPerson = await CreatePersonAsync(NewTitle());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        Assert.Equal(HttpStatusCode.NotFound, (await met.GetAsync(new Uri("/framework/mps/people/999999/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await met.GetAsync(new Uri("/framework/nowhere/people", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/framework/mps/people/{metPerson}/edit", UriKind.Relative))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeopleTests(SqlitePortal portal) : PeopleTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeopleTests(PostgresPortal portal) : PeopleTests(portal);
