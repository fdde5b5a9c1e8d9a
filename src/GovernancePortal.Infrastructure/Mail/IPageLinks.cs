namespace GovernancePortal.Infrastructure.Mail;

/// <summary>
/// Turns a page and its route values into the page's path (the web app implements it from its routes). Throws when
/// there is no such page: the message is then retried, with the reason in its LastError.
/// </summary>
public interface IPageLinks
{
    string PathFor(string page, IReadOnlyDictionary<string, string> values);
}
