using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework;

public sealed class YearsModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    public FrameworkSummary Framework { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(string? latestYear, CancellationToken cancellationToken)
    {
        var opened = await mediator.Send(new ManageFrameworkYears.OpenCommand(Org, latestYear ?? string.Empty), cancellationToken);
        TempData["Success"] = $"{opened.Year} is open as a draft: {Plural.Of(opened.Areas, "area")} and {Plural.Of(opened.Blocks, "block")} of Code of Governance text were carried forward";
        return RedirectToPage("/Framework/Year", new { org = Org.ToLowerInvariant(), year = opened.YearSlug });
    }

    public async Task<IActionResult> OnPostPublishAsync(string? year, Guid version, CancellationToken cancellationToken)
    {
        await mediator.Send(new ManageFrameworkYears.PublishCommand(Org, year ?? string.Empty, version), cancellationToken);
        TempData["Success"] = $"The {year?.Replace('-', '/')} framework has been published";
        return RedirectToPage("/Framework/Years", new { org = Org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Framework = await mediator.Send(new ManageFrameworkYears.Query(Org), cancellationToken);
}
