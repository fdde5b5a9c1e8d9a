namespace GovernancePortal.Web.Pages.Framework.Text;

public interface ITextFormPage
{
    TextInput Input { get; }
}
