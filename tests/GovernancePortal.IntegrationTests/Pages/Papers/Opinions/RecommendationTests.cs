using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Opinions;

/// <summary>The Papers/Opinions/Recommendation page (/papers/opinions/{org}/{opinionId}/recommendation/{id?}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class RecommendationTests(SqlitePortal portal)
{
    private Task<List<AuditRecommendation>> RecommendationsAsync(int opinionId) =>
        portal.WithDbAsync(db => db.AuditRecommendations.AsNoTracking().Where(r => r.OpinionId == opinionId).OrderBy(r => r.SortOrder).ToListAsync());

    [Fact]
    public async Task Add_ThenChange_SavesNumberTextPriorityAndResponse()
    {
        var opinion = await portal.AddOpinionAsync("MPS", ReferenceTestData.NewOpinionYear(), "1");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (added, _) = await client.SubmitFormAsync($"/papers/opinions/mps/{opinion}/recommendation",
            [new("Input.Number", "2"), new("Input.Text", "Review the risk register quarterly."), new("Input.Priority", "High"), new("Input.ManagementResponse", "Agreed.")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var second = (await RecommendationsAsync(opinion)).Last();
        Assert.Equal(("2", RecommendationPriority.High, "Agreed."), (second.Number, second.Priority, second.ManagementResponse));

        var (changed, _) = await client.SubmitFormAsync($"/papers/opinions/mps/{opinion}/recommendation/{second.Id}", [new("Input.Priority", "Low"), new("Input.ManagementResponse", "")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var saved = (await RecommendationsAsync(opinion)).Single(r => r.Id == second.Id);
        Assert.Equal((RecommendationPriority.Low, (string?)null), (saved.Priority, saved.ManagementResponse));
    }

    [Fact]
    public async Task Add_DuplicateNumberOrMissingFields_IsRefusedWithClearMessages()
    {
        var opinion = await portal.AddOpinionAsync("MPS", ReferenceTestData.NewOpinionYear(), "R1");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/papers/opinions/mps/{opinion}/recommendation";

        var (duplicate, page) = await client.SubmitFormAsync(url, [new("Input.Number", "r1"), new("Input.Text", "Again"), new("Input.Priority", "Medium")]);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("Recommendation r1 is already recorded for this opinion: choose another number", page.FieldError("Input_Number"));
        Assert.Equal("Again", page.QuerySelector<IHtmlTextAreaElement>("#Input_Text")!.Value);

        var (empty, emptyPage) = await client.SubmitFormAsync(url, []);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the recommendation's number, for example 1 or R3", emptyPage.FieldError("Input_Number"));
        Assert.Equal("Enter the recommendation", emptyPage.FieldError("Input_Text"));
        Assert.Equal("Choose the recommendation's priority", emptyPage.FieldError("Input_Priority"));
        Assert.Single(await RecommendationsAsync(opinion));
    }

    [Fact]
    public async Task Remove_AfterConfirmation_RemovesOnlyThatRecommendation()
    {
        var opinion = await portal.AddOpinionAsync("MPS", ReferenceTestData.NewOpinionYear(), "1", "2");
        var first = (await RecommendationsAsync(opinion))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/papers/opinions/mps/{opinion}/recommendation/{first.Id}?confirm=remove";

        var (response, _) = await client.SubmitFormAsync(url, [], handler: "Remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["2"], (await RecommendationsAsync(opinion)).Select(r => r.Number));
    }

    [Fact]
    public async Task Change_SomeoneElseChangedTheOpinionFirst_IsAConflictKeepingInput()
    {
        var opinion = await portal.AddOpinionAsync("MPS", ReferenceTestData.NewOpinionYear(), "1");
        var first = (await RecommendationsAsync(opinion))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/opinions/mps/{opinion}/recommendation/{first.Id}");
        await portal.WithDbAsync(async db =>
        {
            (await db.AuditOpinions.SingleAsync(o => o.Id == opinion)).Opinion = "Changed by a colleague";
            return await db.SaveChangesAsync();
        });

        var (response, page) = await form.SubmitAsync([new("Input.Text", "My wording")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("My wording", page.QuerySelector<IHtmlTextAreaElement>("#Input_Text")!.Value);
        Assert.Equal("Recommendation 1", (await RecommendationsAsync(opinion))[0].Text);
    }

    [Fact]
    public async Task Add_OtherOrganisationOrLead_IsRefused()
    {
        var opinion = await portal.AddOpinionAsync("MPS", ReferenceTestData.NewOpinionYear());
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri($"/papers/opinions/mps/{opinion}/recommendation", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mopac.GetAsync(new Uri($"/papers/opinions/mopac/{opinion}/recommendation", UriKind.Relative))).StatusCode);
        var form = await met.GetFormAsync($"/papers/opinions/mps/{opinion}/recommendation");
        var (post, _) = await form.SubmitAsync([new("Input.Number", "9"), new("Input.Text", "Hijack"), new("Input.Priority", "High")], asClient: mopac);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await RecommendationsAsync(opinion));
    }
}
