using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Application.Features.Framework.Text;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Text;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditText.Form Input { get; set; } = new();

    public AreaView Area { get; private set; } = default!;

    public StatementView Statement { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new EditText.Form { SubTopic = Statement.SubTopic, Text = Statement.Text, Version = Statement.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var year = await mediator.Send(new EditText.Command(Org, AreaId, Id, Input.SubTopic, Input.Text, Input.Version), cancellationToken);
        TempData["Success"] = "The text has been saved";
        return ToArea(year);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var year = await mediator.Send(new EditText.DeleteCommand(Org, AreaId, Id, Input.Version ?? Guid.Empty), cancellationToken);
        TempData["Success"] = "The text has been deleted";
        return ToArea(year);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        (Area, Statement) = await mediator.Send(new EditText.Query(Org, AreaId, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Statement.Version;
        }
    }

    /// <summary>The area as it stands in the year of the text just changed.</summary>
    private RedirectToPageResult ToArea(string year) => RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = AreaId, year });
}
