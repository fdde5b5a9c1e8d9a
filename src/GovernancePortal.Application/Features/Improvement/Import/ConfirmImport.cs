using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>
/// The user confirms the import after the dry run. With errors in the report, only an explicit
/// <see cref="SkipInvalid"/> imports the other rows, in this request (one SaveChanges, audited as the user). The batch
/// is first saved as <see cref="ImportStatus.Importing"/>, claimed for this request: two tabs confirming the same batch,
/// the second is refused (the batch's version has moved on); if the instance stops while writing, the claim expires
/// and the background worker puts the batch back to its report (nothing was written).
/// </summary>
public sealed record ConfirmImportCommand(int Id, Guid Version, bool SkipInvalid) : ICommand<ImportStatus>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
}

public sealed class ConfirmImportHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ConfirmImportCommand, ImportStatus>
{
    public async ValueTask<ImportStatus> Handle(ConfirmImportCommand command, CancellationToken cancellationToken)
    {
        var batch = await ImportWork.BatchAsync(db, user, command.Id, cancellationToken);
        ImportGuards.RequireOpen(batch, command.Version, db);
        var report = ImportReport.FromJson(batch.Report);
        if (batch.Status != ImportStatus.Checked || report is null)
        {
            throw Validation.Fail(string.Empty, "Check the file (dry run) before importing it");
        }

        if (report.WouldAdd == 0)
        {
            throw Validation.Fail(string.Empty, "Every row has an error: there is nothing to import. Correct the file and upload it again");
        }

        if (batch.ErrorCount > 0 && !command.SkipInvalid)
        {
            throw Validation.Fail(nameof(ConfirmImportCommand.SkipInvalid),
                $"Confirm that the {Plural.Of(batch.ErrorCount, "row")} with errors should be left out, or correct the file and upload it again");
        }

        batch.Status = ImportStatus.Importing;
        batch.Report = (report with { SkipInvalid = command.SkipInvalid }).ToJson();
        batch.ClaimedBy = ImportWork.RequestClaim;
        batch.ClaimExpiresAtUtc = time.GetUtcNow().UtcDateTime + ImportWork.WriteClaimDuration;
        await ImportGuards.SaveAsync(db, batch, cancellationToken);
        await ImportWork.WriteAsync(db, batch, user, time, cancellationToken);
        batch.ClaimedBy = null;
        batch.ClaimExpiresAtUtc = null;
        await ImportGuards.SaveAsync(db, batch, cancellationToken);
        return batch.Status;
    }
}

/// <summary>Throws the file away: nothing is imported, and its content is not kept.</summary>
public sealed record DiscardImportCommand(int Id, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
}

public sealed class DiscardImportHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<DiscardImportCommand>
{
    public async ValueTask<Unit> Handle(DiscardImportCommand command, CancellationToken cancellationToken)
    {
        var batch = await ImportWork.BatchAsync(db, user, command.Id, cancellationToken);
        ImportGuards.RequireOpen(batch, command.Version, db);
        batch.Status = ImportStatus.Discarded;
        batch.Content = [];
        batch.CompletedAtUtc = time.GetUtcNow().UtcDateTime;
        await ImportGuards.SaveAsync(db, batch, cancellationToken);
        return Unit.Value;
    }
}
