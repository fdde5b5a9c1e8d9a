using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.People;

/// <summary>The People/ChangeHolder page (ChangeHolder.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ChangeHolderTests(SqlitePortal portal)
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
}
