using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Reports;

[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task EditReport_NewTitleAndReference_Saved()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        var reportId = await portal.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.ReportId).SingleAsync());
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await governance.SubmitFormAsync($"/recommendations/reports/{reportId}/edit", [new("Input.Title", "PEEL 2026 (corrected)"), new("Input.Reference", "PEEL-26")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await portal.WithDbAsync(db => db.SourceReports.AsNoTracking().SingleAsync(r => r.Id == reportId));
        Assert.Equal(("PEEL 2026 (corrected)", "PEEL-26"), (report.Title, report.Reference));
    }
}
