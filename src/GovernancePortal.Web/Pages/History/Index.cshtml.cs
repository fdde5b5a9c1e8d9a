using GovernancePortal.Application.Features.History;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.History;

/// <summary>The change history of a record (/history/governance-area/12): who changed what, when, old → new.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Where the back link goes: a local URL (e.g. the filtered audit log), else home.</summary>
    [BindProperty(SupportsGet = true, Name = "back")]
    public string? Back { get; set; }

    public RecordHistory.Result History { get; private set; } = default!;

    public string BackUrl => !string.IsNullOrEmpty(Back) && Url.IsLocalUrl(Back) ? Back : Url.Page("/Index") ?? "/";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        History = await mediator.Send(new RecordHistory.Query(Type, Id), cancellationToken);
}
