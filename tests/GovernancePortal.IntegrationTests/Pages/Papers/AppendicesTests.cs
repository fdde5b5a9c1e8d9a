using System.Globalization;
using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Appendices page (/papers/{id}/appendices).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class AppendicesTests(SqlitePortal portal)
{
    [Fact]
    public async Task Appendices_TwoPapersInOrder_AreAppendedAsAppendix1And2()
    {
        var cover = await portal.BuildPaperAsync(kind: PaperKind.CoverReport);
        var ags = await portal.BuildPaperAsync(title: "Appended AGS");
        var code = await portal.BuildPaperAsync(kind: PaperKind.CodeOfGovernance, title: "Appended Code");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/{cover.Id}/appendices");
        var agsRow = RowOf(form, ags.Id);
        var codeRow = RowOf(form, code.Id);

        var (response, _) = await form.SubmitAsync([new($"Input.Rows[{codeRow}].Position", "2"), new($"Input.Rows[{agsRow}].Position", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(cover.Id);
        Assert.Equal([(ags.Id, "Appendix 1"), (code.Id, "Appendix 2")], saved.Appendices.OrderBy(a => a.SortOrder).Select(a => (a.AppendedPaperId, a.Label)));
    }

    [Fact]
    public async Task Appendices_SamePositionTwice_IsRefused()
    {
        var cover = await portal.BuildPaperAsync(kind: PaperKind.CoverReport);
        var ags = await portal.BuildPaperAsync();
        var code = await portal.BuildPaperAsync(kind: PaperKind.CodeOfGovernance);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/{cover.Id}/appendices");

        var (response, page) = await form.SubmitAsync([new($"Input.Rows[{RowOf(form, ags.Id)}].Position", "1"), new($"Input.Rows[{RowOf(form, code.Id)}].Position", "1")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Give each appended paper a different position", page.ErrorSummary()[0]);
        Assert.Empty((await portal.PaperAsync(cover.Id)).Appendices);
    }

    [Fact]
    public async Task Appendices_NotACoverReport_SaysOnlyACoverReportHasThem()
    {
        var ags = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/papers/{ags.Id}/appendices");

        Assert.Contains("Only a cover report has appendices.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    private static int RowOf(RenderedForm form, int paperId) =>
        int.Parse(form.RenderedValues.Single(v => v.Key.EndsWith(".PaperId", StringComparison.Ordinal) && v.Value == paperId.ToString(CultureInfo.InvariantCulture)).Key.Split('[', ']')[1], CultureInfo.InvariantCulture);
}
