using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Messaging;
using GovernancePortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(TextLimits.Title);
        builder.Property(s => s.Introduction).HasMaxLength(Survey.IntroductionMaxLength);
        builder.Property(s => s.ScaleLabels).HasMaxLength(1_000);
        builder.Property(s => s.Declaration).HasMaxLength(Survey.DeclarationMaxLength);
        builder.Property(s => s.ReminderDaysBefore).HasMaxLength(100);
        builder.Property(s => s.IssuedByName).HasMaxLength(TextLimits.Name);
        builder.Property(s => s.ClosedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(s => s.Scale);
        builder.Ignore(s => s.IsDraft);
        builder.Ignore(s => s.IsIssued);
        builder.Ignore(s => s.OrderedSections);
        builder.Ignore(s => s.ReminderOffsets);
        builder.HasIndex(s => new { s.OrganisationId, s.Year }).IsUnique();
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.CopiedFrom).WithMany().HasForeignKey(s => s.CopiedFromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Sections).WithOne(s => s.Survey).HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Returns).WithOne(r => r.Survey).HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveySectionConfiguration : IEntityTypeConfiguration<SurveySection>
{
    public void Configure(EntityTypeBuilder<SurveySection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(TextLimits.Title);
        builder.Property(s => s.Guidance).HasMaxLength(TextLimits.MediumText);
        builder.Ignore(s => s.OrderedQuestions);
        builder.HasOne(s => s.GovernanceArea).WithMany().HasForeignKey(s => s.GovernanceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Questions).WithOne(q => q.Section).HasForeignKey(q => q.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(TextLimits.MediumText);
        builder.Property(q => q.Hint).HasMaxLength(TextLimits.MediumText);
        builder.HasMany(q => q.Wordings).WithOne().HasForeignKey(w => w.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class QuestionWordingConfiguration : IEntityTypeConfiguration<QuestionWording>
{
    public void Configure(EntityTypeBuilder<QuestionWording> builder)
    {
        builder.Property(w => w.Text).HasMaxLength(TextLimits.MediumText);
        builder.Property(w => w.Hint).HasMaxLength(TextLimits.MediumText);
        builder.Property(w => w.ReplacedByName).HasMaxLength(TextLimits.Name);
        builder.Property(w => w.Reason).HasMaxLength(SurveyReturn.ReasonMaxLength);
    }
}

public sealed class SurveyReturnConfiguration : IEntityTypeConfiguration<SurveyReturn>
{
    public void Configure(EntityTypeBuilder<SurveyReturn> builder)
    {
        builder.Property(r => r.BusinessGroup).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(r => r.SignedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.SignedByRole).HasMaxLength(TextLimits.JobTitle);
        builder.Property(r => r.SignedByUserId).HasMaxLength(450);
        builder.Ignore(r => r.IsSubmitted);
        builder.HasIndex(r => new { r.SurveyId, r.SignatoryId }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.Deadline });
        builder.HasOne(r => r.Signatory).WithMany().HasForeignKey(r => r.SignatoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Delegates).WithOne().HasForeignKey(d => d.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Sections).WithOne(s => s.Return).HasForeignKey(s => s.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.InterviewNotes).WithOne().HasForeignKey(n => n.ReturnId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReturnDelegateConfiguration : IEntityTypeConfiguration<ReturnDelegate>
{
    public void Configure(EntityTypeBuilder<ReturnDelegate> builder)
    {
        builder.HasIndex(d => new { d.ReturnId, d.PersonId }).IsUnique();
        builder.HasIndex(d => d.PersonId);
        builder.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReturnSectionConfiguration : IEntityTypeConfiguration<ReturnSection>
{
    public void Configure(EntityTypeBuilder<ReturnSection> builder)
    {
        builder.Property(s => s.LastSavedByName).HasMaxLength(TextLimits.Name);
        builder.HasIndex(s => new { s.ReturnId, s.SectionId }).IsUnique();
        builder.HasOne(s => s.Section).WithMany().HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.ReturnSectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(TextLimits.MediumText);
        builder.Property(a => a.Links).HasMaxLength(TextLimits.MediumText);
        builder.Property(a => a.AnsweredByName).HasMaxLength(TextLimits.Name);
        builder.HasIndex(a => new { a.ReturnSectionId, a.QuestionId }).IsUnique();
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReturnEventConfiguration : IEntityTypeConfiguration<ReturnEvent>
{
    public void Configure(EntityTypeBuilder<ReturnEvent> builder)
    {
        builder.Property(e => e.ByName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.Note).HasMaxLength(SurveyReturn.ReasonMaxLength);
    }
}

public sealed class InterviewNoteConfiguration : IEntityTypeConfiguration<InterviewNote>
{
    public void Configure(EntityTypeBuilder<InterviewNote> builder)
    {
        builder.Property(n => n.Notes).HasMaxLength(TextLimits.MediumText);
        builder.Property(n => n.RecordedByName).HasMaxLength(TextLimits.Name);
    }
}

public sealed class SurveyFlagConfiguration : IEntityTypeConfiguration<SurveyFlag>
{
    public void Configure(EntityTypeBuilder<SurveyFlag> builder)
    {
        builder.Property(f => f.RaisedByName).HasMaxLength(TextLimits.Name);
        builder.HasOne(f => f.Survey).WithMany().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Section).WithMany().HasForeignKey(f => f.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.ImprovementArea).WithMany().HasForeignKey(f => f.ImprovementAreaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.ImprovementAction).WithMany().HasForeignKey(f => f.ImprovementActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(f => f.Sources).WithOne().HasForeignKey(s => s.FlagId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyFlagSourceConfiguration : IEntityTypeConfiguration<SurveyFlagSource>
{
    public void Configure(EntityTypeBuilder<SurveyFlagSource> builder)
    {
        builder.HasOne(s => s.Return).WithMany().HasForeignKey(s => s.ReturnId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RespondentUploadConfiguration : IEntityTypeConfiguration<RespondentUpload>
{
    public void Configure(EntityTypeBuilder<RespondentUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(u => u.UploadedByName).HasMaxLength(TextLimits.Name);
        builder.Property(u => u.AppliedByName).HasMaxLength(TextLimits.Name);
        builder.HasOne(u => u.Survey).WithMany().HasForeignKey(u => u.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(OutboxMessage.KeyMaxLength);
        builder.Property(m => m.ToAddress).HasMaxLength(TextLimits.Email);
        builder.Property(m => m.ToName).HasMaxLength(TextLimits.Name);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        builder.Property(m => m.TextBody).HasMaxLength(TextLimits.LongText);
        builder.Property(m => m.HtmlBody).HasMaxLength(TextLimits.LongText);
        builder.Property(m => m.RecordKey).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.RecordKey);
    }
}
