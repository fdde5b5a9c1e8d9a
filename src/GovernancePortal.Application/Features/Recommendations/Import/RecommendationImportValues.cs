using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>
/// Reads the words of an imported recommendation: priority, delivery route and status, with the synonyms registers use
/// (docs/recommendations.md lists them). Dates are read as for improvement actions (<c>ImportValues.TryDate</c>).
/// </summary>
public static class RecommendationImportValues
{
    public static bool TryPriority(string text, out RecommendationPriority? priority)
    {
        priority = Key(text) switch
        {
            "" => null,
            "high" or "h" or "p1" or "1" or "priority 1" or "essential" or "critical" or "urgent" => RecommendationPriority.High,
            "medium" or "med" or "m" or "p2" or "2" or "priority 2" or "important" => RecommendationPriority.Medium,
            "low" or "l" or "p3" or "3" or "priority 3" or "advisory" or "desirable" or "merits attention" => RecommendationPriority.Low,
            _ => (RecommendationPriority)(-1),
        };
        return priority is null || Enum.IsDefined(priority.Value);
    }

    /// <summary>
    /// A delivery route, and any detail the cell itself gives ("Programme: Met Transformation" gives the programme's
    /// name). An empty route with a programme named elsewhere on the row is a programme (the checker decides that).
    /// </summary>
    public static bool TryRoute(string text, out DeliveryRoute? route, out string? detail)
    {
        detail = null;
        var key = Key(text);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var after = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            detail = after.Length == 0 ? null : after;
            key = key[..colon].Trim();
        }

        route = key switch
        {
            "" => null,
            "programme" or "program" or "programme name" or "through a programme" or "transformation programme" => DeliveryRoute.Programme,
            "local" or "local improvement" or "local delivery" or "business as usual" or "bau" or "business area" => DeliveryRoute.LocalImprovement,
            "policy" or "policy change" or "policy or procedure" or "procedure" or "policy and procedure" => DeliveryRoute.PolicyChange,
            "other" => DeliveryRoute.Other,
            _ => (DeliveryRoute)(-1),
        };
        return route is null || Enum.IsDefined(route.Value);
    }

    public static bool TryStatus(string text, out RecommendationStatus status)
    {
        status = RecommendationStatus.Open;
        switch (Key(text))
        {
            case "":
            case "open":
            case "new":
            case "not started":
                status = RecommendationStatus.Open;
                return true;
            case "in progress":
            case "inprogress":
            case "ongoing":
            case "started":
            case "underway":
            case "on track":
                status = RecommendationStatus.InProgress;
                return true;
            case "proposed for closure":
            case "proposedforclosure":
            case "proposed closure":
            case "awaiting closure":
            case "pending closure":
                status = RecommendationStatus.ProposedForClosure;
                return true;
            case "closed":
            case "complete":
            case "completed":
            case "implemented":
            case "done":
                status = RecommendationStatus.Closed;
                return true;
            default:
                return false;
        }
    }

    public static string DisplayName(this RecommendationPriority priority) => priority.ToString();

    private static string Key(string text) => string.Join(' ', (text ?? string.Empty).Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
