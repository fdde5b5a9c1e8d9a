using GovernancePortal.Application.Features.Surveys.Analysis;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Analysis;

/// <summary>All the narrative for one area: /surveys/{id}/analysis/sections/{sectionId}?rating=….</summary>
public sealed class NarrativeModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "rating")]
    public int? Rating { get; set; }

    public AreaNarrative.Result Narrative { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Narrative = await mediator.Send(new AreaNarrative.Query(Id, SectionId, Rating), cancellationToken);

    /// <summary>An evidence link as a web address the page may link to (http or https only); anything else stays text.</summary>
    public static Uri? WebAddress(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
