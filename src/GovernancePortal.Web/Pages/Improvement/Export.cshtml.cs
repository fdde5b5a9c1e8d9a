using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

/// <summary>
/// The register's actions for the register page's filters as a file: /improvement/export?format=csv|xlsx&amp;plan=…
/// (CSV unless format=xlsx). Every organisation's register may be exported by anyone who may read it.
/// </summary>
public sealed class ExportModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "org")]
    public string? Org { get; set; }

    [BindProperty(SupportsGet = true, Name = "plan")]
    public int? Plan { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public int? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "rag")]
    public string? Rag { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "slipped")]
    public bool Slipped { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = new RegisterFilter
        {
            Organisation = Org,
            Plan = Plan,
            Area = Area,
            Owner = Owner,
            Rag = Rag,
            Status = Status,
            Overdue = Overdue,
            Slipped = Slipped,
            Mine = Mine,
            Search = Search,
            Sort = Sort,
        };
        var format = string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        var file = await mediator.Send(new ExportRegisterQuery(filter, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
