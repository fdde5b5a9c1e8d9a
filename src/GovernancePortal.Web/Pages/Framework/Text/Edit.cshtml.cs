using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Text;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError, ITextFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public TextInput Input { get; set; } = new();

    public AreaView Area { get; private set; } = default!;

    public StatementView Statement { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new TextInput { SubTopic = Statement.SubTopic, Text = Statement.Text, Version = Statement.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await mediator.Send(new SaveStatementCommand(Org, AreaId, Id, null, default, Input.SubTopic, Input.Text, Input.Version), cancellationToken);
        TempData["Success"] = "The text has been saved";
        return ToArea(saved.YearSlug);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var year = await mediator.Send(new DeleteStatementCommand(Org, AreaId, Id, Input.Version ?? Guid.Empty), cancellationToken);
        TempData["Success"] = "The text has been deleted";
        return ToArea(year);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Only the organisation's governance team gets this far (403 for everyone else, before anything is looked up).
        await mediator.Send(new GetAreaFormChoicesQuery(Org), cancellationToken);

        // The statement's own year decides what is shown; find it among the area's years.
        var area = await mediator.Send(new GetAreaQuery(Org, AreaId, null), cancellationToken);
        var found = Find(area);
        foreach (var year in area.Years)
        {
            if (found is not null)
            {
                break;
            }

            area = await mediator.Send(new GetAreaQuery(Org, AreaId, year.Slug), cancellationToken);
            found = Find(area);
        }

        Statement = found ?? throw new NotFoundException("This text has been deleted.");
        Area = area;
        if (!Area.CanEditText)
        {
            throw new ForbiddenException("This year's text cannot be changed.");
        }

        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Statement.Version;
        }
    }

    private StatementView? Find(AreaView area) => area.Groups.SelectMany(g => g.Statements).FirstOrDefault(s => s.Id == Id);

    /// <summary>The area as it stands in the year of the text just changed.</summary>
    private RedirectToPageResult ToArea(string year) => RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = AreaId, year });
}
