using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.People;

/// <summary>The People/Edit page (Edit.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
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
    public async Task Edit_BusinessGroup_IsSavedAndShownOnTheForm()
    {
        var id = await CreatePersonAsync(NewTitle());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/framework/mps/people/{id}/edit", [new("Input.BusinessGroup", "Specialist Operations")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Specialist Operations", (await PersonAsync(id)).BusinessGroup);
        var (_, form) = await client.GetPageAsync($"/framework/mps/people/{id}/edit");
        Assert.Equal("Specialist Operations", form.QuerySelector<IHtmlInputElement>("#Input_BusinessGroup")?.Value);

        var (tooLong, page) = await client.SubmitFormAsync($"/framework/mps/people/{id}/edit", [new("Input.BusinessGroup", new string('x', 201))]);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Business group must be 200 characters or fewer", page.FieldError("Input_BusinessGroup"));
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

/// <summary>Tests of the People/Edit page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class EditProviderTests(PortalFactory portal)
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
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditProviderTests(SqlitePortal portal) : EditProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditProviderTests(PostgresPortal portal) : EditProviderTests(portal);
