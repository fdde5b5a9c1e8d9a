using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Import;

/// <summary>Upload a plan file (CSV or XLSX) for a plan the user manages: /improvement/import[?plan={id}].</summary>
[FileUpload]
public sealed class IndexModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true, Name = "plan")]
    public int? Plan { get; set; }

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public UploadImport.Choices Choices { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (Plan is { } plan)
        {
            if (Choices.Plans.All(p => p.Id != plan))
            {
                // A plan the user may not import into (another organisation's, or closed) is refused, not hidden.
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            Input.PlanId = plan;
        }
        else if (Choices.Plans.Count == 1)
        {
            Input.PlanId = Choices.Plans[0].Id;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Input.File;
        var content = await UploadedFile.ReadAsync(file, cancellationToken);

        var id = await mediator.Send(new UploadImport.Command(Input.PlanId, file?.FileName, file?.Length ?? 0, content), cancellationToken);
        return RedirectToPage("/Improvement/Import/Preview", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = await mediator.Send(new UploadImport.Query(), cancellationToken);
}

/// <summary>The upload form: the plan and the file (the file's bytes are read here and sent in the command).</summary>
public sealed class UploadInput
{
    public int? PlanId { get; set; }

    public IFormFile? File { get; set; }
}
