using FluentValidation;
using GovernancePortal.Application.Features.Audit;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Admin.Audit;

/// <summary>The audit log's rows for the same filters as a CSV file (/admin/audit/export?from=…).</summary>
public sealed class ExportModel(IMediator mediator, TimeProvider time) : AuditFilterPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var csv = await mediator.Send(new ExportAuditEntriesQuery(From, To, UserName, Type, AuditAction, Key), cancellationToken);
            var stamp = GovernancePortal.Domain.Time.LondonClock.ToLondon(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            return File(csv, "text/csv; charset=utf-8", $"audit-log-{stamp}.csv");
        }
        catch (ValidationException)
        {
            // The log page shows what is wrong with the filters.
            return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString())));
        }
    }
}
