using GovernancePortal.Application.Features.Papers.Sections;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers.Sections;

public sealed class CommentsModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty]
    public SectionComments.Form Input { get; set; } = new();

    public SectionComments.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SectionComments.Command(Id, SectionId, Input.Text), cancellationToken);
        TempData["Success"] = "Your comment has been added";
        return RedirectToPage("/Papers/Sections/Comments", new { id = Id, sectionId = SectionId });
    }

    public async Task<IActionResult> OnPostResolveAsync(int commentId, Guid version, CancellationToken cancellationToken)
    {
        await Mediator.Send(new SectionComments.ResolveCommand(Id, SectionId, commentId, version), cancellationToken);
        TempData["Success"] = "The comment has been resolved";
        return RedirectToPage("/Papers/Sections/Comments", new { id = Id, sectionId = SectionId });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new SectionComments.Query(Id, SectionId), cancellationToken);
}
