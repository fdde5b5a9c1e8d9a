using GovernancePortal.Application.Features.Panel.Publications;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Publications;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public PublicationDetails.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new PublicationDetails.Query(Id), cancellationToken);

    /// <summary>"1.2 MB", "34 KB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.0} MB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB");
}
