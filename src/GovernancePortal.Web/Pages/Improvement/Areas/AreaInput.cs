using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Improvement.Areas;

/// <summary>
/// A page that shows the improvement area form (<c>_AreaForm.cshtml</c>). The partial takes the page itself, so its
/// tag helpers render the page's own field names (<c>Input.Title</c>), which bind to <see cref="Input"/>.
/// </summary>
public interface IAreaFormPage
{
    ImprovementAreaForm Form { get; }

    AreaInput Input { get; }
}

public sealed class AreaInput
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public ImprovementTier? Tier { get; set; } = ImprovementTier.Standard;

    public string? Aim { get; set; }

    public string? MainIssue { get; set; }

    public string? Monitoring { get; set; }

    public int? PrincipleId { get; set; }

    public List<int> LeadIds { get; set; } = [];

    public List<int> GovernanceAreaIds { get; set; } = [];

    public Guid Version { get; set; }

    public SaveImprovementAreaCommand ToCommand(int planId, int? areaId) =>
        new(planId, areaId, Code, Title, Tier, Aim, MainIssue, Monitoring, PrincipleId, LeadIds, GovernanceAreaIds, Version);

    public static AreaInput From(ImprovementAreaValues values) => new()
    {
        Code = values.Code,
        Title = values.Title,
        Tier = values.Tier,
        Aim = values.Aim,
        MainIssue = values.MainIssue,
        Monitoring = values.Monitoring,
        PrincipleId = values.PrincipleId,
        LeadIds = [.. values.LeadIds],
        GovernanceAreaIds = [.. values.GovernanceAreaIds],
        Version = values.Version,
    };

    public static IEnumerable<ChoiceItem> Items(IEnumerable<(int Id, string Text)> choices) =>
        choices.Select(c => new ChoiceItem(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Text));
}
