using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>
/// Builds the <see cref="PaperDocument"/> of a paper: each section's own text (paragraphs numbered where the section says
/// so), then what its <see cref="SectionContent"/> generates from live data of the paper's organisation and year.
/// </summary>
public sealed class PaperComposer(GovernancePortalDbContext db, TimeProvider time)
{
    /// <summary>The paper with everything composing it needs (organisation, sections, signatories, control table, appendices, comments), tracked.</summary>
    public static Task<Paper?> LoadAsync(GovernancePortalDbContext db, int paperId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Papers
            .Include(p => p.Organisation)
            .Include(p => p.Sections)
            .Include(p => p.Signatories)
            .Include(p => p.ControlEntries)
            .Include(p => p.Appendices).ThenInclude(a => a.AppendedPaper)
            .Include(p => p.Comments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == paperId, cancellationToken);
    }

    public async Task<PaperDocument> ComposeAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var organisation = paper.Organisation ?? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == paper.OrganisationId, cancellationToken);
        var sections = (await ComposeSectionsAsync(paper, cancellationToken))
            .Select(c => new DocSection(paper.AnchorFor(c.Section), c.Section.Id, c.Section.Code, c.Section.Heading, [.. c.Own, .. c.Generated]))
            .ToList();

        return new PaperDocument(
            paper.Id,
            paper.Kind,
            organisation.Code,
            organisation.Name,
            paper.Title,
            paper.Subtitle,
            paper.ProtectiveMarking,
            paper.Status,
            paper.Revision,
            paper.MeetingName,
            paper.MeetingDate,
            paper.ReportBy,
            sections)
        {
            YearLabel = paper.Year.ToString(),
        };
    }

    /// <summary>
    /// Each section of the paper in order with its own text as blocks and, apart, what its content kind generates from live
    /// data (loaded once for the whole paper), so the checks can read the two separately.
    /// </summary>
    public async Task<IReadOnlyList<ComposedSection>> ComposeSectionsAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var generators = new PaperGenerators(db, paper, time);
        var sections = new List<ComposedSection>();
        foreach (var section in paper.OrderedSections)
        {
            var generated = await generators.GenerateAsync(section, cancellationToken);
            sections.Add(new ComposedSection(
                section,
                TextBlocks(section.Text, section.NumberParagraphs ? section.Code : null),
                [.. generated.Select(block => block is DocTable table && string.Equals(table.Caption, section.Heading, StringComparison.OrdinalIgnoreCase)
                    ? table with { CaptionRepeatsHeading = true }
                    : block)]));
        }

        return sections;
    }

    /// <summary>The blocks a composed section's content kind generated: what follows the blocks of its own text.</summary>
    public static IReadOnlyList<DocBlock> GeneratedBlocks(PaperSection section, DocSection composed)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(composed);
        var own = TextBlocks(section.Text, section.NumberParagraphs ? section.Code : null).Count;
        return [.. composed.Blocks.Skip(own)];
    }

    /// <summary>A cover report with its appendices composed after it; any other paper on its own.</summary>
    public async Task<PaperPack> ComposePackAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var cover = await ComposeAsync(paper, cancellationToken);
        if (paper.Kind != PaperKind.CoverReport || paper.Appendices.Count == 0)
        {
            return PaperPack.Single(cover);
        }

        var documents = new List<PaperDocument> { cover };
        var labels = new List<string> { string.Empty };
        foreach (var appendix in paper.Appendices.OrderBy(a => a.SortOrder))
        {
            var appended = await LoadAsync(db, appendix.AppendedPaperId, cancellationToken)
                ?? throw new InvalidOperationException($"Appendix {appendix.Label} refers to a paper that does not exist.");
            documents.Add(await ComposeAsync(appended, cancellationToken));
            labels.Add(appendix.Label);
        }

        return new PaperPack(cover.Title, documents, labels);
    }

    /// <summary>Composes the paper as it now stands and records it as the next version (the caller saves).</summary>
    public async Task<PaperVersion> RecordVersionAsync(Paper paper, string change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var document = await ComposeAsync(paper, cancellationToken);
        return paper.RecordVersion(change, PaperSnapshot.Serialize(document), actor);
    }

    /// <summary>Structured text as document blocks; with a number prefix ("1"), paragraphs are numbered 1.1, 1.2…</summary>
    public static IReadOnlyList<DocBlock> TextBlocks(string? text, string? numberPrefix = null)
    {
        var blocks = new List<DocBlock>();
        var paragraph = 0;
        foreach (var block in StructuredText.Parse(text))
        {
            switch (block)
            {
                case TextParagraph p when IsSubheading(p):
                    blocks.Add(new DocHeading(p.Runs[0].Text.Trim().TrimEnd(':'), 4));
                    break;
                case TextParagraph p:
                    blocks.Add(new DocParagraph(p.Runs, numberPrefix is null ? null : $"{numberPrefix}.{++paragraph}"));
                    break;
                case TextList list:
                    blocks.Add(List(list));
                    break;
            }
        }

        return blocks;
    }

    /// <summary>A paragraph that is one **strong** run is a sub-heading (the text convention for sub-headings).</summary>
    private static bool IsSubheading(TextParagraph paragraph) =>
        paragraph.Runs.Count == 1 && paragraph.Runs[0] is { Strong: true, Link: null } run && run.Text.Length <= 200;

    private static DocList List(TextList list) =>
        new(list.Ordered, list.Start, [.. list.Items.Select(i => new DocListItem(i.Runs, [.. i.Children.Select(List)]))]);

    internal static string Date(DateOnly date) => LongDate.Of(date);
}

/// <summary>A section of a paper as composed: its own text and, apart, what its content kind generated.</summary>
public sealed record ComposedSection(PaperSection Section, IReadOnlyList<DocBlock> Own, IReadOnlyList<DocBlock> Generated);
