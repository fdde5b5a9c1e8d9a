using System.Security.Cryptography;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// A paper published to a meeting: the rendered files frozen with their SHA-256 hashes and the snapshot of the data
/// behind it. Never changes afterwards (<see cref="IImmutable"/>); a correction is a new edition with a reason, and both
/// stay visible. Made only by <see cref="PanelMeeting.Publish"/> and <see cref="PanelMeeting.Correct"/>.
/// </summary>
public class PanelPublication : Entity, IAudited, IImmutable
{
    private PanelPublication()
    {
    }

    internal PanelPublication(PanelMeeting meeting, Paper paper, PanelSnapshot snapshot, IReadOnlyList<PublishedFile> files, Actor actor, int sequence, int edition, PanelPublication? corrects, string? reason)
    {
        MeetingId = meeting.Id;
        Meeting = meeting;
        PaperId = paper.Id;
        Paper = paper;
        OrganisationId = paper.OrganisationId;
        PaperKind = paper.Kind;
        Title = paper.Title;
        Sequence = sequence;
        Edition = edition;
        Corrects = corrects;
        CorrectsId = corrects?.Id;
        Reason = reason;
        Snapshot = snapshot;
        snapshot.Meeting = meeting;
        Files = [.. files];
        PublishedAtUtc = actor.AtUtc;
        PublishedByName = actor.Name;
    }

    public int MeetingId { get; private set; }

    public PanelMeeting? Meeting { get; private set; }

    public int PaperId { get; private set; }

    public Paper? Paper { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    public PaperKind PaperKind { get; private set; }

    /// <summary>The paper's title when published.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>The paper's place among the meeting's papers (1, 2…), kept by its corrections.</summary>
    public int Sequence { get; private set; }

    /// <summary>1 for the first publication, 2 for its first correction…</summary>
    public int Edition { get; private set; }

    public int? CorrectsId { get; private set; }

    public PanelPublication? Corrects { get; private set; }

    /// <summary>Why a correction was published (null for the first edition).</summary>
    public string? Reason { get; private set; }

    public int SnapshotId { get; private set; }

    public PanelSnapshot? Snapshot { get; private set; }

    public List<PublishedFile> Files { get; private set; } = [];

    public DateTime PublishedAtUtc { get; private set; }

    public string PublishedByName { get; private set; } = string.Empty;

    public bool IsCorrection => Edition > 1;

    /// <summary>True when this edition corrects <paramref name="earlier"/>.</summary>
    public bool IsCorrectionOf(PanelPublication earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return ReferenceEquals(Corrects, earlier) || (earlier.Id != 0 && CorrectsId == earlier.Id);
    }
}

public enum PublishedFormat
{
    Pdf,
    Html,
    Word,
}

/// <summary>A rendered file of a publication, with the SHA-256 of its bytes taken when it was frozen.</summary>
public class PublishedFile : Entity, IImmutable
{
    public const int FileNameMaxLength = 260;

    private PublishedFile()
    {
    }

    public int PublicationId { get; private set; }

    public PublishedFormat Format { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public long Length { get; private set; }

    public static PublishedFile Freeze(PublishedFormat format, string fileName, string contentType, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        return new PublishedFile
        {
            Format = format,
            FileName = fileName,
            ContentType = contentType,
            Content = [.. content],
            Sha256 = Hash(content),
            Length = content.LongLength,
        };
    }

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The bytes still match the hash taken when the file was frozen.</summary>
    public bool IsIntact => string.Equals(Hash(Content), Sha256, StringComparison.Ordinal);
}

/// <summary>
/// The data behind a publication, frozen: one organisation's improvement register and recommendations as they stood
/// (<see cref="RegisterSnapshot"/>, stored as JSON with its SHA-256). The progress dashboard "as at" the publication and
/// "changes since the last Panel" are read from snapshots, never from live data.
/// </summary>
public class PanelSnapshot : Entity, IImmutable
{
    private PanelSnapshot()
    {
    }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    public int MeetingId { get; private set; }

    public PanelMeeting? Meeting { get; internal set; }

    /// <summary>The day the data is as at (London).</summary>
    public DateOnly AsAt { get; private set; }

    public DateTime TakenAtUtc { get; private set; }

    public string Content { get; private set; } = string.Empty;

    public string Sha256 { get; private set; } = string.Empty;

    public static PanelSnapshot Take(int organisationId, RegisterSnapshot register, DateTime takenAtUtc)
    {
        ArgumentNullException.ThrowIfNull(register);
        var json = register.ToJson();
        return new PanelSnapshot
        {
            OrganisationId = organisationId,
            AsAt = register.AsAt,
            TakenAtUtc = takenAtUtc,
            Content = json,
            Sha256 = PublishedFile.Hash(System.Text.Encoding.UTF8.GetBytes(json)),
        };
    }

    public RegisterSnapshot Read() => RegisterSnapshot.FromJson(Content);
}
