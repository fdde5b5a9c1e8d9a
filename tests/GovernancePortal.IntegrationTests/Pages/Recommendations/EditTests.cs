using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_NewDueDate_NeedsTheReasonThenRecordsIt()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met, due: new DateOnly(2030, 3, 31)))[0];
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var later = new KeyValuePair<string, string>[] { new("Input.DueDate.Day", "30"), new("Input.DueDate.Month", "9"), new("Input.DueDate.Year", "2030") };

        var (refused, page) = await governance.SubmitFormAsync($"/recommendations/item/{id}/edit", later);
        var (response, _) = await governance.SubmitFormAsync($"/recommendations/item/{id}/edit", [.. later, new("Input.DueDateReason", "Supplier delay")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Give the reason the due date changed", page.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.RecommendationAsync(id);
        Assert.Equal(new DateOnly(2030, 9, 30), saved.DueDate);
        Assert.Equal(new DateOnly(2030, 3, 31), saved.OriginalDueDate);
        Assert.Contains("Supplier delay", saved.History.OrderBy(e => e.Id).Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SavedBySomeoneElseMeanwhile_IsAConflictShowingTheirText()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await governance.GetFormAsync($"/recommendations/item/{id}/edit");
        await portal.WithDbAsync(async db =>
        {
            var r = await db.Recommendations.SingleAsync(x => x.Id == id);
            r.Text = "Their wording";
            await db.SaveChangesAsync();
            return 0;
        });

        var (response, page) = await form.SubmitAsync([new("Input.Text", "My wording")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Their wording", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Their wording", (await portal.RecommendationAsync(id)).Text);
    }
}
