using GovernancePortal.Application.Features.Surveys.Complete;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Complete;

public sealed class SectionModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty]
    public SaveSection.Form Input { get; set; } = new();

    public SaveSection.Model Section { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Section = await mediator.Send(new SaveSection.Query(ReturnId, SectionId), cancellationToken);
        Input = Section.Form;
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Section = await mediator.Send(new SaveSection.Query(ReturnId, SectionId), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // What the user typed stays beside the other person's answers; saving again replaces the version just shown.
            Input.Version = Section.Version;
        }

        // One answer per question, in the section's order, whatever was posted.
        Input.Answers = [.. Section.Questions.Select(q => Input.Answers.FirstOrDefault(a => a.QuestionId == q.QuestionId) ?? new SaveSection.AnswerForm { QuestionId = q.QuestionId })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var progress = await mediator.Send(new SaveSection.Command(ReturnId, SectionId, Input.Version, Input.Answers, Input.Completed), cancellationToken);
        TempData["Success"] = progress == SectionProgress.Completed ? "Section completed and saved" : "Your answers have been saved";
        return RedirectToPage("/Surveys/Complete/Index", new { returnId = ReturnId });
    }
}
