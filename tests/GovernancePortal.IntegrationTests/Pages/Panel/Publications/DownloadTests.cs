using System.Net;
using System.Security.Cryptography;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Publications;

/// <summary>The Panel/Publications/Download page (/panel/publications/{id}/download/{format}).</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class DownloadTests(SqlitePortal portal)
{
    [Fact]
    public async Task Download_AfterLiveDataChanged_ServesTheFrozenBytesWithTheirHash()
    {
        var (_, publication) = await portal.PublishedMeetingAsync(new DateOnly(2031, 7, 8));
        var stored = await portal.WithDbAsync(db => db.PublishedFiles.AsNoTracking()
            .Where(f => f.PublicationId == publication).Select(f => new { f.Format, f.Sha256 }).ToListAsync());
        var paperId = await portal.WithDbAsync(db => db.PanelPublications.Where(p => p.Id == publication).Select(p => p.PaperId).SingleAsync());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var before = await client.GetAsync(new Uri($"/panel/publications/{publication}/download/html", UriKind.Relative));
        var beforeBytes = await before.Content.ReadAsByteArrayAsync();
        await portal.WithDbAsync(db => db.Papers.Where(p => p.Id == paperId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Retitled after publication")));
        var after = await client.GetAsync(new Uri($"/panel/publications/{publication}/download/html", UriKind.Relative));
        var afterBytes = await after.Content.ReadAsByteArrayAsync();
        var pdf = await client.GetAsync(new Uri($"/panel/publications/{publication}/download/pdf", UriKind.Relative));
        var docx = await client.GetAsync(new Uri($"/panel/publications/{publication}/download/docx", UriKind.Relative));

        var html = stored.Single(f => f.Format == Domain.Panel.PublishedFormat.Html).Sha256;
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(html, Convert.ToHexStringLower(SHA256.HashData(beforeBytes)));
        Assert.Equal(html, before.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Equal(beforeBytes, afterBytes);
        Assert.DoesNotContain("Retitled after publication", System.Text.Encoding.UTF8.GetString(afterBytes), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", after.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(stored.Single(f => f.Format == Domain.Panel.PublishedFormat.Pdf).Sha256, Convert.ToHexStringLower(SHA256.HashData(await pdf.Content.ReadAsByteArrayAsync())));
        Assert.EndsWith(".pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, docx.StatusCode);
    }
}
