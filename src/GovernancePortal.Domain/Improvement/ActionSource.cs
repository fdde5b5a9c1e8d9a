namespace GovernancePortal.Domain.Improvement;

/// <summary>Where an improvement action came from. Stored as text.</summary>
public enum ActionSource
{
    AnnualGovernanceStatement,
    SicSurvey,
    InternalAudit,
    ExternalAudit,
    Inspectorate,
    OtherReport,
}

public static class ActionSourceExtensions
{
    public static string DisplayName(this ActionSource source) => source switch
    {
        ActionSource.AnnualGovernanceStatement => "Annual Governance Statement",
        ActionSource.SicSurvey => "SIC survey",
        ActionSource.InternalAudit => "Internal audit",
        ActionSource.ExternalAudit => "External audit",
        ActionSource.Inspectorate => "Inspectorate",
        ActionSource.OtherReport => "Other report",
        _ => source.ToString(),
    };
}
