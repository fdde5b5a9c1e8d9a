using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Application.Features.Framework.Text;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Text;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatementKind Kind { get; set; }

    [BindProperty]
    public AddText.Form Input { get; set; } = new();

    public AreaView Area { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var added = await mediator.Send(new AddText.Command(Org, AreaId, Year, Kind, Input.SubTopic, Input.Text), cancellationToken);
        TempData["Success"] = "The text has been added";
        return RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = AreaId, year = added.YearSlug });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Area = await mediator.Send(new AddText.Query(Org, AreaId, Year), cancellationToken);
}
