namespace GovernancePortal.Domain.Improvement;

/// <summary>Where an improvement action stands. Stored as text.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,

    /// <summary>The owner says it is done; the governance team has not verified it yet (so it is still open).</summary>
    ReportedComplete,

    VerifiedComplete,
    ClosedWithoutAction,

    /// <summary>Moved into the next plan; the new action carries it on.</summary>
    CarriedForward,
}

public static class ActionStatusExtensions
{
    /// <summary>Open actions still need work or verification.</summary>
    public static bool IsOpen(this ActionStatus status) =>
        status is ActionStatus.NotStarted or ActionStatus.InProgress or ActionStatus.ReportedComplete;

    public static string DisplayName(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.ReportedComplete => "Reported complete",
        ActionStatus.VerifiedComplete => "Complete",
        ActionStatus.ClosedWithoutAction => "Closed without action",
        ActionStatus.CarriedForward => "Carried forward",
        _ => status.ToString(),
    };
}
