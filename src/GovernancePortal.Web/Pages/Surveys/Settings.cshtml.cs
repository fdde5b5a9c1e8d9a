using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class SettingsModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty]
    public EditSurveySettings.Form Input { get; set; } = new();

    private EditSurveySettings.Form? saved;

    public SurveyHeading Survey { get; private set; } = default!;

    /// <summary>The scale as saved: the thresholds are chosen from it.</summary>
    public IReadOnlyList<string> Scale { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = saved!;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(
            new EditSurveySettings.Command(Id, Input.Version, Input.Title, Input.Introduction, Input.Scale, Input.NarrativeRequiredFrom, Input.FlagFrom, Input.Declaration, Input.ReminderDaysBefore, Input.OverdueReminderEveryDays, Input.EscalateAfterDaysOverdue),
            cancellationToken);
        return BackToSurvey("The survey's settings have been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var view = await Mediator.Send(new EditSurveySettings.Query(Id), cancellationToken);
        Survey = view.Survey;
        saved = view.Input;
        Scale = Domain.Surveys.Survey.ParseScale(saved.Scale);
        if (AfterConflict)
        {
            Input.Version = saved.Version;
        }
    }
}
