using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys;

/// <summary>The governance team's pages of one survey: the survey's id from the route, reloading after an error, and the way back.</summary>
public abstract class SurveyPageModel(IMediator mediator) : RecordPageModel(mediator, "/Surveys/Details")
{
    protected IActionResult BackToSurvey(string message) => BackToRecord(message);
}
