namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// The rule that turns an action's status and dates into a RAG rating. The wording is printed wherever RAG is shown,
/// so readers know what a colour means.
/// </summary>
public sealed class RagRule
{
    /// <summary>
    /// Complete (or closed) is Green; past its due date and still open is Red; open with a revised (later) due date is
    /// Amber; otherwise Green (on track). An open action with no due date has no rating.
    /// </summary>
    public static RagRule Standard { get; } = new();

    public string Description =>
        "Green: complete, or on track for its due date. Amber: due date revised. Red: past its due date and not complete.";

    public RagStatus? Evaluate(ImprovementAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!action.IsOpen)
        {
            return action.Status == ActionStatus.CarriedForward ? null : RagStatus.Green;
        }

        if (action.DueDate is null)
        {
            return null;
        }

        if (action.IsOverdue(today))
        {
            return RagStatus.Red;
        }

        return action.HasSlipped ? RagStatus.Amber : RagStatus.Green;
    }
}
