using GovernancePortal.Application.Features.Users;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> OrganisationItems { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(
            new CreateUserCommand(Input.Email ?? string.Empty, Input.DisplayName ?? string.Empty, Input.Password ?? string.Empty, Input.Roles, Input.Organisations),
            cancellationToken);
        TempData["Success"] = $"{Input.DisplayName?.Trim()} can now sign in with the temporary password";
        return Redirect($"/admin/users/edit/{id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        OrganisationItems = UserChoices.Organisations(await mediator.Send(new ListOrganisationsQuery(), cancellationToken));

    public sealed class CreateUserInput
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public List<string> Roles { get; set; } = [];

        public List<string> Organisations { get; set; } = [];
    }
}
