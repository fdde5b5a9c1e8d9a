using GovernancePortal.Application.Features.Panel.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Actions;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>open (the default), closed or all.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public ListPanelActions.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = Enum.TryParse<ListPanelActions.Filter>(Show, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : ListPanelActions.Filter.Open;
        View = await mediator.Send(new ListPanelActions.Query(filter), cancellationToken);
    }
}
