using GovernancePortal.Application.Features.Admin.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

/// <summary>/admin/users/sessions/{id}: an account's live sessions; end one or all.</summary>
public sealed class SessionsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public UserSessionsAdmin.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await mediator.Send(new UserSessionsAdmin.Query(Id), cancellationToken);

    public async Task<IActionResult> OnPostEndAsync(string sessionId, CancellationToken cancellationToken)
    {
        var ended = await mediator.Send(new UserSessionsAdmin.EndCommand(Id, sessionId ?? string.Empty), cancellationToken);
        TempData["Success"] = ended ? "The session has been ended" : "That session had already ended";
        return RedirectToPage(new { id = Id, handler = (string?)null });
    }

    public async Task<IActionResult> OnPostEndAllAsync(CancellationToken cancellationToken)
    {
        var ended = await mediator.Send(new UserSessionsAdmin.EndAllCommand(Id), cancellationToken);
        TempData["Success"] = ended == 1 ? "1 session has been ended" : $"{ended} sessions have been ended";
        return RedirectToPage(new { id = Id, handler = (string?)null });
    }
}
