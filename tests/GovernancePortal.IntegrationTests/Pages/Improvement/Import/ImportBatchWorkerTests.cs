using System.Globalization;
using System.Net;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Import;

/// <summary>The background worker that checks large batches for the preview page (data access: on each provider).</summary>
public abstract class ImportBatchWorkerTests(PortalFactory portal)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private ImportBatchWorker NewWorker(string instance, TimeProvider time) =>
        new(portal.Services.GetRequiredService<IServiceScopeFactory>(), time, instance);

    private Task<ImportBatch> BatchAsync(int id) =>
        portal.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));

    /// <summary>Reads the batch from the database until the condition holds (no page is loaded meanwhile).</summary>
    private async Task<ImportBatch> WaitUntilAsync(int id, Func<ImportBatch, bool> done)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var batch = await BatchAsync(id);
            if (done(batch))
            {
                return batch;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Batch {id} is still {batch.Status} with {batch.ProcessedRows} of {batch.TotalRows} rows checked after {Timeout.TotalSeconds} seconds.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A batch of a new MOPAC plan, being checked (as the dry run leaves a large file), changed by <paramref name="setUp"/>.</summary>
    private async Task<int> NewCheckingBatchAsync(int rows, byte[] content, Action<ImportBatch> setUp)
    {
        var plan = await portal.NewPlanAsync(OrganisationCodes.Mopac);
        return await portal.WithDbAsync(async db =>
        {
            var owner = await db.ImprovementPlans.Where(p => p.Id == plan).Select(p => p.OrganisationId).SingleAsync();
            var table = ImportTable.Read(content);
            var batch = new ImportBatch
            {
                OrganisationId = owner,
                PlanId = plan,
                FileName = "left over.csv",
                Content = content,
                Mapping = ImportMapping.Guess(table.Headings).ToJson(),
                Status = ImportStatus.Checking,
                TotalRows = rows,
                UploadedByName = PortalFactory.Accounts.MopacGovernance,
                UploadedAtUtc = DateTime.UtcNow,
            };
            setUp(batch);
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
    }

    [Fact]
    public async Task Check_LargeFileWithNoPageLoads_ReachesCheckedOnItsOwn()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.NewPlanAsync(OrganisationCodes.Mopac);
        var preview = await client.UploadOrFailAsync(plan, "large plan.csv", ImportTestData.NewAreaCsv(2_500, 7));
        var id = int.Parse(preview.Split('/')[^1], CultureInfo.InvariantCulture);

        var (check, _) = await client.CheckAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);
        var batch = await WaitUntilAsync(id, b => b.Status != ImportStatus.Checking);

        Assert.Equal(ImportStatus.Checked, batch.Status);
        Assert.Equal(2_500, batch.ProcessedRows);
        Assert.Equal(1, batch.ErrorCount);
        Assert.Null(batch.ClaimedBy);
        var report = ImportReport.FromJson(batch.Report)!;
        Assert.Equal(2_500, report.Checked);
        Assert.Equal([8], report.Errors.Select(e => e.Row));

        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: true);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2_499, await portal.ActionCountAsync(plan));
        Assert.Equal(ImportStatus.Imported, (await BatchAsync(id)).Status);
    }

    [Fact]
    public async Task Worker_BatchLeftHalfChecked_CarriesOnFromWhereItStopped()
    {
        var now = DateTime.UtcNow;
        var firstRun = new ImportReport { Rows = 2_500, Checked = 1_000, RowsWithErrors = 1, ProblemCount = 1, Errors = [new(5, "Code", "left by the instance that stopped")] };
        var id = await NewCheckingBatchAsync(2_500, ImportTestData.NewAreaCsv(2_500, 1_200), b =>
        {
            b.ProcessedRows = 1_000;
            b.ErrorCount = 1;
            b.Report = firstRun.ToJson();
            b.ClaimedBy = "an instance that stopped";
            b.ClaimExpiresAtUtc = now.AddMinutes(-1);
        });

        // A new worker (as after a restart); the portal's own worker may get there first, which is the same thing.
        await NewWorker("restarted instance", TimeProvider.System).RunOnceAsync(TestContext.Current.CancellationToken);
        var batch = await WaitUntilAsync(id, b => b.Status != ImportStatus.Checking);

        Assert.Equal(ImportStatus.Checked, batch.Status);
        Assert.Equal(2_500, batch.ProcessedRows);
        var report = ImportReport.FromJson(batch.Report)!;
        Assert.Equal(2_500, report.Checked);
        Assert.Equal([5, 1_201], report.Errors.Select(e => e.Row));
        Assert.Equal(2, batch.ErrorCount);
        Assert.Null(batch.ClaimedBy);
        Assert.Null(batch.ClaimExpiresAtUtc);
    }

    [Fact]
    public async Task Worker_TwoWorkersAtOnce_OnlyOneChecksTheBatch()
    {
        // Claimed by a live instance for ten more minutes: the portal's own worker leaves it alone, and so does a
        // worker now; the two workers under test live twenty minutes later, when that claim has expired.
        var now = DateTime.UtcNow;
        var id = await NewCheckingBatchAsync(3_000, ImportTestData.NewAreaCsv(3_000, 2_999), b =>
        {
            b.ClaimedBy = "a live instance";
            b.ClaimExpiresAtUtc = now.AddMinutes(10);
        });
        var cancel = TestContext.Current.CancellationToken;
        Assert.False(await NewWorker("worker now", TimeProvider.System).TryClaimAsync(id, cancel));
        var later = new FakeTimeProvider(new DateTimeOffset(now.AddMinutes(20), TimeSpan.Zero));
        var first = NewWorker("first worker", later);
        var second = NewWorker("second worker", later);

        var results = await Task.WhenAll(first.ProcessAsync(id, cancel), second.ProcessAsync(id, cancel));

        Assert.Single(results, r => r);
        var batch = await BatchAsync(id);
        Assert.Equal(ImportStatus.Checked, batch.Status);
        Assert.Equal(3_000, batch.ProcessedRows);
        var report = ImportReport.FromJson(batch.Report)!;
        Assert.Equal(3_000, report.Checked);
        Assert.Equal(1, report.RowsWithErrors);
        Assert.Equal([3_000], report.Errors.Select(e => e.Row));
        var chunkSaves = await portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(ImportBatch) && e.EntityKey == id.ToString(CultureInfo.InvariantCulture) && e.UserName == ImportBatchWorker.ActorName));
        Assert.Equal(3, chunkSaves);
    }
}

[Collection(ImportCollection.Name)]
public sealed class SqliteImportBatchWorkerTests(SqlitePortal portal) : ImportBatchWorkerTests(portal);

[Collection(PostgresImportCollection.Name)]
public sealed class PostgresImportBatchWorkerTests(PostgresPortal portal) : ImportBatchWorkerTests(portal);
