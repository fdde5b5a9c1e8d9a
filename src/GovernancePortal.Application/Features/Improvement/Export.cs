using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>The register's actions for the register page's filters as a CSV or XLSX file (the shared export query).</summary>
public static class ExportRegisterFile
{
    public sealed record Query(RegisterFilter Filter, ExportFormat Format) : IQuery<ExportFile>;

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, ExportFile>
    {
        public ValueTask<ExportFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new ExportRegisterQuery(query.Filter, query.Format), cancellationToken);
        }
    }
}
