using GovernancePortal.Application.Common;
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
        var result = await mediator.Send(new OpenNextYearCommand(Org, latestYear ?? string.Empty), cancellationToken);
        TempData["Success"] = $"{result.Year} is open as a draft: {Plural.Of(result.Areas, "area")} and {Plural.Of(result.Blocks, "block")} of Code of Governance text were carried forward";
        return Redirect($"/framework/{Org.ToLowerInvariant()}/{result.YearSlug}");
    }

    public async Task<IActionResult> OnPostPublishAsync(string? year, Guid version, CancellationToken cancellationToken)
    {
        await mediator.Send(new PublishYearCommand(Org, year ?? string.Empty, version), cancellationToken);
        TempData["Success"] = $"The {year?.Replace('-', '/')} framework has been published";
        return Redirect($"/framework/{Org.ToLowerInvariant()}/years");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var frameworks = await mediator.Send(new ListFrameworksQuery(), cancellationToken);
        Framework = frameworks.SingleOrDefault(f => string.Equals(f.Slug, Org, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException("There is no organisation with this code.");
        if (!Framework.CanEdit)
        {
            throw new ForbiddenException("Only the organisation's governance team can manage its framework years.");
        }
    }
}
