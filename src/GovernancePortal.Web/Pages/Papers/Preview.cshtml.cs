using GovernancePortal.Application.Features.Papers;
using GovernancePortal.Application.Features.Papers.Rendering;
using Mediator;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class PreviewModel(IMediator mediator) : PaperPageModel(mediator)
{
    public PreviewPaper.View View { get; private set; } = default!;

    /// <summary>The paper's body as HTML (encoded by the renderer: every piece of text in it is escaped there).</summary>
    public string Fragment { get; private set; } = string.Empty;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new PreviewPaper.Query(Id), cancellationToken);
        Fragment = PaperHtml.RenderFragment(View.Document);
    }
}
