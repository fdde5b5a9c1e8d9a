using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public CreateUser.Form Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> OrganisationItems { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Input.ToCommand(), cancellationToken);
        TempData["Success"] = $"{Input.DisplayName?.Trim()} can now sign in with the temporary password";
        return RedirectToPage("Edit", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        OrganisationItems = UserChoices.Organisations(await mediator.Send(new ListOrganisations.Query(), cancellationToken));
}
