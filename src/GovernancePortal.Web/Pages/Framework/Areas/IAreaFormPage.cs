using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Framework.Areas;

/// <summary>A page showing the area form (create and edit), for the _AreaForm partial.</summary>
public interface IAreaFormPage
{
    AreaForm Input { get; }

    AreaFormChoices Choices { get; }

    bool IsNew { get; }

    static IReadOnlyList<ChoiceItem> Principles(AreaFormChoices choices) =>
        [.. choices.Principles.Select(p => new ChoiceItem(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text))];

    static IReadOnlyList<ChoiceItem> People(AreaFormChoices choices) =>
        [.. choices.People.Select(p => new ChoiceItem(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text))];
}
