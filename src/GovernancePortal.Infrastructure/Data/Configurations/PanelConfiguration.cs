using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class AuditPanelConfiguration : IEntityTypeConfiguration<AuditPanel>
{
    public void Configure(EntityTypeBuilder<AuditPanel> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(AuditPanel.NameMaxLength);
        builder.Property(p => p.TermsOfReference).HasMaxLength(TextLimits.LongText);
        builder.Ignore(p => p.OrderedMembers);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Organisations).WithOne().HasForeignKey(o => o.PanelId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Name);
        builder.Property(m => m.UserId).HasMaxLength(450);
    }
}

public sealed class PanelOrganisationConfiguration : IEntityTypeConfiguration<PanelOrganisation>
{
    public void Configure(EntityTypeBuilder<PanelOrganisation> builder)
    {
        builder.HasIndex(o => new { o.PanelId, o.OrganisationId }).IsUnique();
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PanelMeetingConfiguration : IEntityTypeConfiguration<PanelMeeting>
{
    public void Configure(EntityTypeBuilder<PanelMeeting> builder)
    {
        builder.Property(m => m.Location).HasMaxLength(PanelMeeting.LocationMaxLength);
        builder.Property(m => m.HeldRecordedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(m => m.IsHeld);
        builder.Ignore(m => m.OrderedAgenda);
        builder.Ignore(m => m.OrderedAttendees);
        builder.Ignore(m => m.CurrentPublications);
        builder.HasIndex(m => new { m.PanelId, m.Date });
        builder.HasOne(m => m.Panel).WithMany().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);

        // Publications are never deleted: a meeting with papers cannot be deleted either.
        builder.HasMany(m => m.Publications).WithOne(p => p.Meeting).HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(TextLimits.Name);
        builder.Property(a => a.Role).HasMaxLength(TextLimits.JobTitle);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(AgendaItem.NumberMaxLength);
        builder.Property(i => i.Title).HasMaxLength(TextLimits.Title);
        builder.Property(i => i.PresentingOfficer).HasMaxLength(TextLimits.JobTitle);
        builder.HasOne(i => i.PresentingOrganisation).WithMany().HasForeignKey(i => i.PresentingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelPublication>().WithMany().HasForeignKey(i => i.PublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PanelPublicationConfiguration : IEntityTypeConfiguration<PanelPublication>
{
    public void Configure(EntityTypeBuilder<PanelPublication> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.Property(p => p.Reason).HasMaxLength(PanelMeeting.CorrectionReasonMaxLength);
        builder.Property(p => p.PublishedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(p => p.IsCorrection);
        builder.HasIndex(p => new { p.MeetingId, p.Sequence, p.Edition }).IsUnique();
        builder.HasIndex(p => p.PaperId);
        builder.HasOne(p => p.Paper).WithMany().HasForeignKey(p => p.PaperId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Corrects).WithMany().HasForeignKey(p => p.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Snapshot).WithMany().HasForeignKey(p => p.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFile>
{
    public void Configure(EntityTypeBuilder<PublishedFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(PublishedFile.FileNameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Ignore(f => f.IsIntact);
        builder.HasIndex(f => new { f.PublicationId, f.Format }).IsUnique();
    }
}

public sealed class PanelSnapshotConfiguration : IEntityTypeConfiguration<PanelSnapshot>
{
    public void Configure(EntityTypeBuilder<PanelSnapshot> builder)
    {
        builder.Property(s => s.Content).HasMaxLength(TextLimits.LongText * 100);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.HasIndex(s => new { s.OrganisationId, s.MeetingId });
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Meeting).WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PanelActionConfiguration : IEntityTypeConfiguration<PanelAction>
{
    public void Configure(EntityTypeBuilder<PanelAction> builder)
    {
        builder.Property(a => a.Request).HasMaxLength(PanelAction.RequestMaxLength);
        builder.Property(a => a.Owner).HasMaxLength(PanelAction.OwnerMaxLength);
        builder.Property(a => a.Response).HasMaxLength(PanelAction.ResponseMaxLength);
        builder.Property(a => a.RespondedByName).HasMaxLength(TextLimits.Name);
        builder.Property(a => a.ClosedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(a => a.Reference);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => new { a.PanelId, a.Number }).IsUnique();
        builder.HasOne<AuditPanel>().WithMany().HasForeignKey(a => a.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.RaisedAtMeeting).WithMany().HasForeignKey(a => a.RaisedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DueMeeting).WithMany().HasForeignKey(a => a.DueMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaperQuestionConfiguration : IEntityTypeConfiguration<PaperQuestion>
{
    public void Configure(EntityTypeBuilder<PaperQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(PaperQuestion.TextMaxLength);
        builder.Property(q => q.Answer).HasMaxLength(PaperQuestion.TextMaxLength);
        builder.Property(q => q.AskedByUserId).HasMaxLength(450);
        builder.Property(q => q.AskedByName).HasMaxLength(TextLimits.Name);
        builder.Property(q => q.AnsweredByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(q => q.IsAnswered);
        builder.HasIndex(q => q.PaperId);
        builder.HasOne(q => q.Publication).WithMany().HasForeignKey(q => q.PublicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Papers.Paper>().WithMany().HasForeignKey(q => q.PaperId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelMeeting>().WithMany().HasForeignKey(q => q.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
