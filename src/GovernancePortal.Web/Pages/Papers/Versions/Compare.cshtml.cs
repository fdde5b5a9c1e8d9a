using GovernancePortal.Application.Features.Papers.Versions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers.Versions;

public sealed class CompareModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public int? To { get; set; }

    public ComparePaperVersions.View View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (From is null || To is null || From == To)
        {
            return RedirectToPage("/Papers/Versions/Index", new { id = Id });
        }

        await ReloadAsync(cancellationToken);
        return Page();
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new ComparePaperVersions.Query(Id, From!.Value, To!.Value), cancellationToken);
}
