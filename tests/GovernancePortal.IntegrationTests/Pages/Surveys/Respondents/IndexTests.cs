using System.Net;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Respondents;

/// <summary>The Surveys/Respondents/Index page (/surveys/{id}/respondents): the list, and adding people from the directory.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Add_ByBusinessGroup_AssignsTheSelectedWithDeadlineAndDelegate()
    {
        var group = $"Group {Guid.NewGuid():N}"[..16];
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        var people = await portal.NewPeopleAsync(3, group);
        var helper = (await portal.NewPeopleAsync(1, "Elsewhere"))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/surveys/{survey.Id}/respondents?group={Uri.EscapeDataString(group)}";
        var (_, page) = await client.GetPageAsync(url);
        Assert.Equal(people.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), page.QuerySelectorAll("input[name='Input.PersonIds']").Select(i => i.GetAttribute("value")!).Order());
        var deadline = SurveyBuildTestData.Today.AddDays(20);

        var (response, _) = await client.SubmitFormAsync(url,
        [
            new("Input.PersonIds", people[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.PersonIds", people[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Deadline.Day", deadline.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Deadline.Month", deadline.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Deadline.Year", deadline.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Delegates", helper.Email!.ToUpperInvariant()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.SurveyAsync(survey.Id);
        Assert.Equal([people[0].Id, people[1].Id], saved.Returns.Select(r => r.SignatoryId).Order());
        Assert.All(saved.Returns, r =>
        {
            Assert.Equal(deadline, r.Deadline);
            Assert.Equal(group, r.BusinessGroup);
            Assert.Equal(helper.Id, Assert.Single(r.Delegates).PersonId);
            Assert.Empty(r.Events);
        });
        var (_, list) = await client.GetPageAsync(url);
        Assert.Equal([people[2].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], list.QuerySelectorAll("input[name='Input.PersonIds']").Select(i => i.GetAttribute("value")!));
    }

    [Fact]
    public async Task Add_TickAllShown_AddsTheWholeGroupAsTheFormRenders()
    {
        var group = $"Group {Guid.NewGuid():N}"[..16];
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        var people = await portal.NewPeopleAsync(4, group);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, page) = await client.GetPageAsync($"/surveys/{survey.Id}/respondents?group={Uri.EscapeDataString(group)}");
        var tickAll = page.QuerySelector("#tick-all a")!;
        Assert.Equal("Tick all 4 shown", tickAll.TextContent.Trim());

        // Nothing typed or ticked by hand: the ticked boxes and the prefilled deadline are what the page renders.
        var (response, _) = await client.SubmitFormAsync(tickAll.GetAttribute("href")!, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(people.Select(p => p.Id).Order(), (await portal.SurveyAsync(survey.Id)).Returns.Select(r => r.SignatoryId).Order());
    }

    [Fact]
    public async Task Add_ToIssuedSurvey_InvitesAtOnce()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 1, issue: true);
        var late = (await portal.NewPeopleAsync(1))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/respondents?post={Uri.EscapeDataString(late.JobTitle)}",
            [new("Input.PersonIds", late.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = (await portal.SurveyAsync(survey.Id)).Returns.Single(r => r.SignatoryId == late.Id);
        Assert.Equal(ReturnEventKind.Invited, Assert.Single(added.Events).Kind);
        Assert.NotNull(added.InvitedAtUtc);
        var invitation = await portal.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"sic-invitation:{added.Id}:{late.Id}"));
        Assert.Equal(late.Email, invitation.ToAddress);
    }

    [Fact]
    public async Task Add_NobodySelectedAndUnknownDelegate_ShowsErrors()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        var person = (await portal.NewPeopleAsync(1))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/surveys/{survey.Id}/respondents?post={Uri.EscapeDataString(person.JobTitle)}";

        var (none, nonePage) = await client.SubmitFormAsync(url, [new("Input.Deadline.Day", "")]);
        var (unknown, unknownPage) = await client.SubmitFormAsync(url,
            [new("Input.PersonIds", person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Delegates", "nobody.at.all@example.org")]);

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("Select at least one person to add", nonePage.FieldError("Input_PersonIds"));
        Assert.Equal("Enter the deadline as a real date, for example 31 3 2027", nonePage.FieldError("Input_Deadline"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Check the delegates: nobody in the people directory has the e-mail address 'nobody.at.all@example.org'", unknownPage.FieldError("Input_Delegates"));
        Assert.Empty((await portal.SurveyAsync(survey.Id)).Returns);
    }
}
