using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    /// <summary>The organisation to start a survey for ("mps"), when the link names one.</summary>
    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    [BindProperty]
    public CreateSurvey.Form Input { get; set; } = new();

    public CreateSurvey.Choices Choices { get; private set; } = new([], string.Empty);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Year = Choices.SuggestedYear;
        Input.Organisation = Choices.Organisations.Count == 1 ? Choices.Organisations[0].Code : null;
        Input.StartFrom = Choices.Organisations.Count == 1 && Choices.Organisations[0].Latest is not null ? CreateSurvey.StartCopy : CreateSurvey.StartNew;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new CreateSurvey.Command(Input.Organisation, Input.Year, Input.StartFrom, Input.Title), cancellationToken);
        TempData["Success"] = "The survey has been started as a draft. Check its sections and questions, add respondents, then issue it.";
        return RedirectToPage("/Surveys/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = await mediator.Send(new CreateSurvey.Query(Organisation), cancellationToken);
}
