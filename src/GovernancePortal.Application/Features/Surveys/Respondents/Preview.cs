using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// The dry run of an uploaded file of respondents (/surveys/{id}/respondents/upload/{uploadId}): every row as "will be
/// added" or with its problems; nothing is written until the governance team applies it, which adds the valid rows in
/// one save and marks the upload applied (a second apply is refused).
/// </summary>
public static class PreviewRespondents
{
    public sealed record Query(int SurveyId, int UploadId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.RespondentUpload(UploadId);
    }

    public sealed record View(SurveyHeading Survey, int UploadId, string FileName, string UploadedByName, DateTime UploadedAtUtc, string? AppliedByName, DateTime? AppliedAtUtc, int AddedCount, IReadOnlyList<RowView> Rows)
    {
        public int ValidCount => Rows.Count(r => r.Problems.Count == 0);

        public int ErrorCount => Rows.Count - ValidCount;
    }

    public sealed record RowView(int Number, string Given, string? Name, string? Post, string? BusinessGroup, DateOnly? Deadline, IReadOnlyList<string> Delegates, IReadOnlyList<string> Problems);

    public sealed record ApplyCommand(int SurveyId, int UploadId) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.RespondentUpload(UploadId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<ApplyCommand, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var (survey, upload) = await LoadAsync(query.SurveyId, query.UploadId, cancellationToken);
            var rows = upload.IsApplied ? [] : await CheckAsync(survey, upload, cancellationToken);
            return new View(
                await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken),
                upload.Id,
                upload.FileName,
                upload.UploadedByName,
                upload.UploadedAtUtc,
                upload.AppliedByName,
                upload.AppliedAtUtc,
                upload.AddedCount,
                [.. rows.Select(r => new RowView(r.Number, r.Given, r.Person?.FullName, r.Person?.JobTitle, r.BusinessGroup, r.Deadline, [.. r.Delegates.Select(d => d.DisplayName)], r.Problems))]);
        }

        public async ValueTask<int> Handle(ApplyCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (survey, upload) = await LoadAsync(command.SurveyId, command.UploadId, cancellationToken);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            if (upload.IsApplied)
            {
                upload.MarkApplied(0, actor);
            }

            // The survey's version moves with the change, so two applies at once cannot both add the rows.
            db.ExpectVersion(survey, survey.Version);
            var today = time.Today();
            var added = new List<SurveyReturn>();
            foreach (var row in (await CheckAsync(survey, upload, cancellationToken)).Where(r => r.IsValid))
            {
                added.Add(survey.Assign(row.Person!, row.BusinessGroup, row.Deadline!.Value, row.Delegates, today));
            }

            upload.MarkApplied(added.Count, actor);
            await RespondentInvitations.SaveAndInviteIfIssuedAsync(db, user, time, survey, added, cancellationToken);
            return added.Count;
        }

        private async Task<(Survey Survey, RespondentUpload Upload)> LoadAsync(int surveyId, int uploadId, CancellationToken cancellationToken)
        {
            var upload = await db.RespondentUploads.SingleOrDefaultAsync(u => u.Id == uploadId && u.SurveyId == surveyId, cancellationToken)
                ?? throw new NotFoundException("There is no such upload for this survey.");
            return (await SurveyEdits.LoadAsync(db, surveyId, cancellationToken), upload);
        }

        private async Task<IReadOnlyList<RespondentFile.CheckedRow>> CheckAsync(Survey survey, RespondentUpload upload, CancellationToken cancellationToken)
        {
            var people = await RespondentPeople.LoadAsync(db, survey.OrganisationId, cancellationToken);
            return RespondentFile.Read(upload.Content).Check(survey, people, time.Today());
        }
    }
}
