using GovernancePortal.Application.Features.Surveys.Respondents;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Respondents;

/// <summary>Upload a CSV or XLSX file of respondents: /surveys/{id}/respondents/upload.</summary>
[FileUpload]
public sealed class UploadModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public UploadRespondents.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Input.File;
        var content = await UploadedFile.ReadAsync(file, cancellationToken);

        var uploadId = await Mediator.Send(new UploadRespondents.Command(Id, file?.FileName, file?.Length ?? 0, content), cancellationToken);
        return RedirectToPage("/Surveys/Respondents/Preview", new { id = Id, uploadId });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new UploadRespondents.Query(Id), cancellationToken);
}

/// <summary>The upload form: the file (its bytes are read here and sent in the command).</summary>
public sealed class UploadInput
{
    public IFormFile? File { get; set; }
}
