using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

/// <summary>The pages of one paper: the paper's id from the route, reloading after an error, and the way back to it.</summary>
public abstract class PaperPageModel(IMediator mediator) : RecordPageModel(mediator, "/Papers/Details")
{
    protected IActionResult BackToPaper(string message) => BackToRecord(message);
}

/// <summary>A confirmation form's only field: the version of the paper it was shown at.</summary>
public sealed class PaperVersionInput
{
    public Guid Version { get; set; }
}
