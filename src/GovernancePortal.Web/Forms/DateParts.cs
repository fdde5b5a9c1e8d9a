using GovernancePortal.Application.Features.Improvement;

namespace GovernancePortal.Web.Forms;

/// <summary>What the date-input partial needs: the field name (its error key), the parts' name prefix, the label and hint.</summary>
public sealed record DateInputModel(string Field, string Prefix, string Legend, string Hint, DateParts Value);
