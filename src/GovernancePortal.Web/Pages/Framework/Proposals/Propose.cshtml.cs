using GovernancePortal.Application.Features.Framework.Proposals;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Proposals;

public sealed class ProposeModel(IMediator mediator) : PageModel, IReloadOnError
{
    /// <summary>The kinds of text the area has (a Met-style or a MOPAC-style area's).</summary>
    public IReadOnlyList<ChoiceItem> Kinds => [.. Form.Kinds.Select(kind => new ChoiceItem(kind.ToString(), ProposalRules.KindName(kind)))];

    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int AreaId { get; set; }

    /// <summary>The block to rewrite (the "statement" query string); none for a new block.</summary>
    [BindProperty(SupportsGet = true, Name = "statement")]
    public int? StatementId { get; set; }

    [BindProperty]
    public ProposeChange.Form Input { get; set; } = new();

    public ProposeChange.Page Form { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        // "Propose new text" on an area page names the kind of text (?kind=IntendedActivity): start with it chosen.
        var kind = Enum.TryParse<StatementKind>(Request.Query["kind"], out var requested) && Form.Kinds.Contains(requested) ? requested.ToString() : null;
        Input = new ProposeChange.Form { ProposedText = Form.CurrentText, Kind = kind };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new ProposeChange.Command(Org, AreaId, StatementId, Input.ProposedText, Input.Reason, Input.Kind, Input.SubTopic),
            cancellationToken);
        TempData["Success"] = "Your proposal has been sent to the governance team";
        return RedirectToPage("/Framework/MyAreas/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new ProposeChange.Query(Org, AreaId, StatementId), cancellationToken);
}
