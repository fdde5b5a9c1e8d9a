using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>Upload a plan file (CSV or XLSX) for a plan the user manages; its preview and dry run follow (ImportPreview).</summary>
public static class UploadImport
{
    /// <summary>The plans the user may import into (active plans of organisations whose plan they manage), and unfinished imports.</summary>
    public sealed record Query : IQuery<Choices>;

    public sealed record ImportPlanOption(int Id, string OrganisationCode, string OrganisationShortName, string Title, string Period);

    public sealed record PendingImport(int Id, string FileName, string PlanTitle, ImportStatus Status, string UploadedByName, DateTime UploadedAtUtc);

    public sealed record Choices(IReadOnlyList<ImportPlanOption> Plans, IReadOnlyList<PendingImport> Pending);

    public sealed class QueryHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, Choices>
    {
        public async ValueTask<Choices> Handle(Query query, CancellationToken cancellationToken)
        {
            var plans = await db.ImprovementPlans.AsNoTracking().Where(p => p.Status == PlanStatus.Active)
                .Select(p => new { p.Id, p.Organisation!.Code, p.Organisation.ShortName, p.Title, p.FirstYear, p.LastYear })
                .ToListAsync(cancellationToken);
            var allowed = plans.Where(p => AccessMatrix.Allows(user, Permission.ManageImprovementPlan, p.Code))
                .OrderBy(p => p.ShortName, StringComparer.Ordinal).ThenByDescending(p => p.FirstYear.StartYear)
                .Select(p => new ImportPlanOption(p.Id, p.Code, p.ShortName, p.Title, new ImprovementPlan { Title = p.Title, FirstYear = p.FirstYear, LastYear = p.LastYear }.Period))
                .ToList();
            var planIds = allowed.Select(p => p.Id).ToList();
            var open = new[] { ImportStatus.Uploaded, ImportStatus.Checking, ImportStatus.Checked, ImportStatus.Importing };
            var pending = await db.ImportBatches.AsNoTracking().Where(b => b.PlanId != null && planIds.Contains(b.PlanId.Value) && open.Contains(b.Status))
                .OrderByDescending(b => b.Id).Take(20)
                .Select(b => new PendingImport(b.Id, b.FileName, b.Plan!.Title, b.Status, b.UploadedByName, b.UploadedAtUtc))
                .ToListAsync(cancellationToken);
            return new Choices(allowed, pending);
        }
    }

    /// <summary>
    /// Stores an uploaded CSV or XLSX file as an import batch for a plan, after checking that its content really is one
    /// (not just its name) and can be read as a table. Nothing reaches the plan until the user confirms.
    /// </summary>
    public sealed record Command(int? PlanId, string? FileName, long Length, byte[]? Content) : ICommand<int>, IOrganisationScoped, IImportFile
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => PlanId is { } plan ? ScopeTarget.Plan(plan) : ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public const string FileField = ImportFileValidator.FileField;

        public Validator()
        {
            RuleFor(x => x.PlanId).NotNull().WithMessage("Select the plan to import into");
            Include(new ImportFileValidator());
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation)
                .SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
                ?? throw Validation.Fail(nameof(Command.PlanId), "Select the plan to import into");
            if (plan.Status != PlanStatus.Active)
            {
                throw Validation.Fail(nameof(Command.PlanId), $"{plan.Title} is closed: choose an active plan");
            }

            var content = command.Content ?? [];
            var table = ImportGuards.ReadUpload(command.FileName, content, Validator.FileField, ImportTable.Read, "actions");
            var name = CleanText.SingleLine(Path.GetFileName(command.FileName));
            var batch = new ImportBatch
            {
                OrganisationId = plan.OrganisationId,
                PlanId = plan.Id,
                FileName = name.Length > ImportBatch.FileNameMaxLength ? name[..ImportBatch.FileNameMaxLength] : name,
                Content = content,
                Mapping = ImportMapping.Guess(table.Headings).ToJson(),
                Status = ImportStatus.Uploaded,
                TotalRows = table.Rows.Count,
                UploadedByUserId = user.UserId,
                UploadedByName = await UserDisplayName.OfAsync(db, user, cancellationToken),
                UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            return batch.Id;
        }
    }
}
