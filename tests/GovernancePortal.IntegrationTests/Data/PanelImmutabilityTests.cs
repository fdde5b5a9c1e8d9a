using GovernancePortal.IntegrationTests.Pages.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Data;

/// <summary>A publication to the Audit Panel, its files and its snapshot are never changed or deleted once saved.</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class PanelImmutabilityTests(SqlitePortal portal)
{
    [Fact]
    public async Task Save_ChangedOrDeletedPublicationFileOrSnapshot_Throws()
    {
        var (_, publication) = await portal.PublishedMeetingAsync(new DateOnly(2032, 7, 15));

        var errors = await portal.WithDbAsync(async db =>
        {
            var found = new List<string>();
            async Task Attempt(Action change)
            {
                change();
                var error = await Record.ExceptionAsync(() => db.SaveChangesAsync());
                found.Add(error?.Message ?? "saved");
                db.ChangeTracker.Clear();
            }

            await Attempt(() => db.Entry(db.PanelPublications.Single(p => p.Id == publication)).Property(p => p.Title).CurrentValue = "Changed");
            await Attempt(() => db.Entry(db.PublishedFiles.First(f => f.PublicationId == publication)).Property(f => f.Content).CurrentValue = [1, 2, 3]);
            await Attempt(() => db.Entry(db.PanelSnapshots.Single(s => db.PanelPublications.Any(p => p.Id == publication && p.SnapshotId == s.Id))).Property(s => s.Content).CurrentValue = "{}");
            await Attempt(() => db.PublishedFiles.Remove(db.PublishedFiles.First(f => f.PublicationId == publication)));
            return found;
        });

        Assert.Equal(
            ["A PanelPublication is never changed or deleted once saved.", "A PublishedFile is never changed or deleted once saved.", "A PanelSnapshot is never changed or deleted once saved.", "A PublishedFile is never changed or deleted once saved."],
            errors);
        Assert.Equal(3, await portal.WithDbAsync(db => db.PublishedFiles.CountAsync(f => f.PublicationId == publication)));
    }
}
