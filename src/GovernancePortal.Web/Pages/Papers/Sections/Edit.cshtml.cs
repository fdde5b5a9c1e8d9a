using GovernancePortal.Application.Features.Papers.Sections;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers.Sections;

public sealed class EditModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty]
    public EditPaperSection.Form Input { get; set; } = new();

    public EditPaperSection.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditPaperSection.Command(Id, SectionId, Input.Version, Input.Heading, Input.Text, Input.Elements), cancellationToken);
        return BackToPaper("The section has been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditPaperSection.Query(Id, SectionId), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}
