namespace GovernancePortal.Web.Pages.Framework.Text;

/// <summary>The text form's fields; names match SaveStatementCommand so validation messages land on them.</summary>
public sealed class TextInput
{
    public string? SubTopic { get; set; }

    public string? Text { get; set; }

    public Guid? Version { get; set; }
}
