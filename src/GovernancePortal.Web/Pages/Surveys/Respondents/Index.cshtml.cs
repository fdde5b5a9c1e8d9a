using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Surveys.Respondents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Respondents;

public sealed class IndexModel(IMediator mediator, TimeProvider time) : SurveyPageModel(mediator)
{
    /// <summary>Show people of this business group (the "group" query string).</summary>
    [BindProperty(SupportsGet = true, Name = "group")]
    public string? Group { get; set; }

    /// <summary>Show people whose post or name contains this (the "post" query string).</summary>
    [BindProperty(SupportsGet = true, Name = "post")]
    public string? Post { get; set; }

    /// <summary>Everyone shown starts ticked (the "tick" query string): adding a whole business group needs no script.</summary>
    [BindProperty(SupportsGet = true, Name = "tick")]
    public bool TickAll { get; set; }

    [BindProperty]
    public ListRespondents.Form Input { get; set; } = new();

    public ListRespondents.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Survey.Version;
        Input.Deadline = DateParts.From(Domain.Time.LondonClock.Today(time).AddDays(28));
        if (TickAll)
        {
            Input.PersonIds = [.. View.Candidates.Select(c => c.PersonId)];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var added = await Mediator.Send(new ListRespondents.Command(Id, Input.Version, Input.PersonIds, Input.Deadline.Date, Input.Delegates), cancellationToken);
        TempData["Success"] = $"{Domain.Text.Plural.Of(added.Count, "respondent", "respondents")} added" + (added.Invited ? " and invited by e-mail" : string.Empty);
        return RedirectToPage("/Surveys/Respondents/Index", new { id = Id });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new ListRespondents.Query(Id, Group, Post), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Survey.Version;
        }
    }
}
