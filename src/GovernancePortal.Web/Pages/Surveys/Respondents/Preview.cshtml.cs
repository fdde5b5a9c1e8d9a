using GovernancePortal.Application.Features.Surveys.Respondents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Respondents;

public sealed class PreviewModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int UploadId { get; set; }

    public PreviewRespondents.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var added = await Mediator.Send(new PreviewRespondents.ApplyCommand(Id, UploadId), cancellationToken);
        TempData["Success"] = $"{Domain.Text.Plural.Of(added, "respondent", "respondents")} added from the file";
        return RedirectToPage("/Surveys/Respondents/Index", new { id = Id });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new PreviewRespondents.Query(Id, UploadId), cancellationToken);
}
