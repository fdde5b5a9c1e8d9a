using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// Upload a CSV or XLSX file of respondents for a survey (/surveys/{id}/respondents/upload). The file is checked to be
/// what its name says and readable, then stored as a <see cref="RespondentUpload"/>; its preview (a dry run) follows.
/// </summary>
public static class UploadRespondents
{
    public sealed record Query(int SurveyId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, IReadOnlyList<Pending> Pending);

    public sealed record Pending(int Id, string FileName, string UploadedByName, DateTime UploadedAtUtc);

    public sealed record Command(int SurveyId, string? FileName, long Length, byte[]? Content) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public const string FileField = "File";

        public Validator()
        {
            RuleFor(x => x.Length).GreaterThan(0).WithMessage("Select a CSV or Excel file")
                .LessThanOrEqualTo(UploadLimits.MaxFileBytes).WithMessage(UploadLimits.FileTooLargeMessage)
                .OverridePropertyName(FileField);
            RuleFor(x => Path.GetExtension(x.FileName ?? string.Empty).ToLowerInvariant()).Must(e => e is ".csv" or ".xlsx")
                .When(x => x.Length > 0)
                .WithMessage("The selected file must be a CSV file or an Excel workbook (.xlsx)")
                .OverridePropertyName(FileField);
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var heading = await SurveyEdits.HeadingAsync(db, query.SurveyId, cancellationToken);
            var pending = await db.RespondentUploads.AsNoTracking().Where(u => u.SurveyId == query.SurveyId && u.AppliedAtUtc == null)
                .OrderByDescending(u => u.Id).Take(20)
                .Select(u => new Pending(u.Id, u.FileName, u.UploadedByName, u.UploadedAtUtc))
                .ToListAsync(cancellationToken);
            return new View(heading, pending);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == command.SurveyId, cancellationToken)
                ?? throw new NotFoundException("There is no such survey.");
            if (survey.Status == SurveyStatus.Closed)
            {
                throw new DomainException("This survey is closed, so you cannot add respondents");
            }

            var content = command.Content ?? [];
            var isXlsx = string.Equals(Path.GetExtension(command.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase);
            if (isXlsx != XlsxReader.LooksLikeZip(content))
            {
                throw Validation.Fail(Validator.FileField, isXlsx
                    ? "The selected file is not an Excel workbook: its content does not match its .xlsx name"
                    : "The selected file is not a CSV file saved as UTF-8 text. In Excel, choose Save As and then CSV UTF-8 (Comma delimited), or upload the .xlsx file itself");
            }

            try
            {
                RespondentFile.Read(content);
            }
            catch (RespondentFile.UnreadableException e)
            {
                throw Validation.Fail(Validator.FileField, e.Message);
            }

            var name = CleanText.SingleLine(Path.GetFileName(command.FileName));
            var upload = new RespondentUpload
            {
                SurveyId = survey.Id,
                FileName = name.Length > TextLimits.ShortTitle ? name[..TextLimits.ShortTitle] : name,
                Content = content,
                UploadedByName = await UserDisplayName.OfAsync(db, user, cancellationToken),
                UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.RespondentUploads.Add(upload);
            await db.SaveChangesAsync(cancellationToken);
            return upload.Id;
        }
    }
}
