using GovernancePortal.Application.Features.Improvement.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

/// <summary>The register's filters as query-string parameters, shared by the register page and its export.</summary>
public abstract class RegisterFilterPageModel : PageModel
{
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

    public RegisterFilter Filter => new()
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
}
