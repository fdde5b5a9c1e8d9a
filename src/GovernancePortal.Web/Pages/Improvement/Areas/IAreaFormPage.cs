using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Improvement.Areas;

/// <summary>
/// A page that shows the improvement area form (<c>_AreaForm.cshtml</c>). The partial takes the page itself, so its
/// tag helpers render the page's own field names (<c>Input.Title</c>), which bind to the slice's command.
/// </summary>
public interface IAreaFormPage
{
    ImprovementAreaForm Form { get; }

    AreaFields Input { get; }

    /// <summary>The choices of a checkbox list (leads, governance areas).</summary>
    static IEnumerable<ChoiceItem> Items(IEnumerable<(int Id, string Text)> choices) =>
        choices.Select(c => new ChoiceItem(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Text));
}
