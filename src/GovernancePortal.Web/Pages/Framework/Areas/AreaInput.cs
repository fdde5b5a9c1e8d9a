using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Framework.Areas;

/// <summary>The area form's fields; names match <see cref="SaveAreaCommand"/> so validation messages land on them.</summary>
public sealed class AreaInput
{
    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? PrincipleId { get; set; }

    public List<int> LeadIds { get; set; } = [];

    public string? CommitmentsLeadIn { get; set; }

    public Guid? Version { get; set; }

    public SaveAreaCommand ToCommand(string organisation, int? areaId) =>
        new(organisation, areaId, Reference, Title, Description, PrincipleId, LeadIds, CommitmentsLeadIn, Version);

    public static IReadOnlyList<ChoiceItem> Principles(AreaFormChoices choices) =>
        [.. choices.Principles.Select(p => new ChoiceItem(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text))];

    public static IReadOnlyList<ChoiceItem> People(AreaFormChoices choices) =>
        [.. choices.People.Select(p => new ChoiceItem(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text))];
}

/// <summary>A page showing the area form (create and edit).</summary>
public interface IAreaFormPage
{
    AreaInput Input { get; }

    AreaFormChoices Choices { get; }

    bool IsNew { get; }
}
