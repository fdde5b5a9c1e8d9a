using System.Globalization;
using GovernancePortal.Application.Features.Principles;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Principles;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public PrincipleInput Input { get; set; } = new();

    public PrincipleDetails Details { get; private set; } = default!;

    public string ListUrl => $"/framework/{Org.ToLowerInvariant()}/principles";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new PrincipleInput
        {
            Title = Details.Title,
            SortOrder = Details.SortOrder.ToString(CultureInfo.InvariantCulture),
            SubPrinciples = string.Join('\n', Details.SubPrinciples),
            Version = Details.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new UpdatePrincipleCommand(Org, Id, Input.Title, Input.SortOrder, Input.SubPrinciples, Input.Version), cancellationToken);
        TempData["Success"] = "The principle has been saved";
        return Redirect(ListUrl);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new GetPrincipleQuery(Org, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Details.Version;
        }
    }

    public sealed class PrincipleInput
    {
        public string? Title { get; set; }

        public string? SortOrder { get; set; }

        public string? SubPrinciples { get; set; }

        public Guid Version { get; set; }
    }
}
