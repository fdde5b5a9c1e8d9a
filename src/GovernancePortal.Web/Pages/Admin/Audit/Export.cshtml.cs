using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Features.Admin.Audit;
using GovernancePortal.Domain.Time;
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
            var csv = await mediator.Send(new ExportAuditEntries.Query(From, To, UserName, Type, AuditAction, Key), cancellationToken);
            var stamp = LondonClock.ToLondon(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
            return File(csv, "text/csv; charset=utf-8", $"audit-log-{stamp}.csv");
        }
        catch (ValidationException)
        {
            // The log page shows what is wrong with the filters.
            return RedirectToPage("Index", new RouteValueDictionary(Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (object?)q.Value.ToString())));
        }
    }
}
