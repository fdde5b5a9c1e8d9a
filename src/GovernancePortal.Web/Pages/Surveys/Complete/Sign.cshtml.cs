using GovernancePortal.Application.Features.Surveys.Complete;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Complete;

public sealed class SignModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    /// <summary>The return's version seen on "Check your answers" (a change since then is a conflict).</summary>
    [BindProperty(SupportsGet = true, Name = "version")]
    public Guid? CheckedVersion { get; set; }

    [BindProperty]
    public SignReturn.Form Input { get; set; } = new();

    public SignReturn.Model Signing { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Signing = await mediator.Send(new SignReturn.Query(ReturnId, CheckedVersion), cancellationToken);
        Input = Signing.Form;
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Signing = await mediator.Send(new SignReturn.Query(ReturnId, null), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The answers changed since they were checked: signing again now signs them as they are.
            Input.Version = Signing.Heading.Version;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A date that is not a real one arrives as none: the use case asks for a real date (after checking who may sign).
        await mediator.Send(new SignReturn.Command(ReturnId, Input.Version, Input.Name, Input.Role, Input.SignedOn.Date, Input.Confirmed), cancellationToken);
        TempData["Success"] = "Your Statement of Internal Control has been signed and submitted";
        return RedirectToPage("/Surveys/Complete/Index", new { returnId = ReturnId });
    }
}
