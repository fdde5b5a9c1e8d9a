using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Sections;

/// <summary>The Papers/Sections/Comments page (/papers/{id}/sections/{sectionId}/comments).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class CommentsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Comment_Auditor_AddsACommentOnTheCurrentVersion()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments", [new("Input.Text", "Name the framework.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        var comment = Assert.Single(saved.Comments);
        Assert.Equal("Name the framework.", comment.Text);
        Assert.Equal(paper.TextSectionId, comment.SectionId);
        Assert.Equal(saved.Revision, comment.Revision);
        Assert.False(comment.IsResolved);
    }

    [Fact]
    public async Task Resolve_GovernanceTeam_ResolvesTheComment()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        var commentId = await portal.CommentAsync(paper.Id, paper.TextSectionId);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments", [], handler: "Resolve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await portal.PaperAsync(paper.Id)).Comments.Single(c => c.Id == commentId).IsResolved);
    }

    [Fact]
    public async Task Comment_Auditor_CannotResolve()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        await portal.CommentAsync(paper.Id, paper.TextSectionId);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (_, page) = await client.GetPageAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments");

        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Resolve']"));
        Assert.Contains("Please say more.", page.QuerySelector("#comments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_Empty_AsksForTheComment()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments", [new("Input.Text", " ")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter your comment", page.FieldError("Input_Text"));
    }

    [Fact]
    public async Task Comment_ApprovedPaper_TakesNoComments()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (_, page) = await client.GetPageAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments");

        Assert.Contains("Comments are taken while a paper is a draft or in review.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Comment_PanelMember_IsRefused()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}/comments");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
