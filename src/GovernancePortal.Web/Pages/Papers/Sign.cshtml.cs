using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class SignModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public SignPaper.Form Input { get; set; } = new();

    public SignPaper.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Paper.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SignPaper.Command(Id, Input.Version, Input.SignatoryId, Input.SignedOn.Date), cancellationToken);
        await ReloadAsync(cancellationToken);
        if (View.Paper.Status == Domain.Papers.PaperStatus.Signed)
        {
            return BackToPaper("Every signatory has signed: the paper can be published");
        }

        TempData["Success"] = "The signature has been recorded";
        return RedirectToPage("/Papers/Sign", new { id = Id });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new SignPaper.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Paper.Version;
        }
    }
}
