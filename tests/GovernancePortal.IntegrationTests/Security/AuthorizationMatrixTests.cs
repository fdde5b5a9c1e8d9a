using System.Net;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Pages.Framework;
using GovernancePortal.IntegrationTests.Pages.Panel;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Security;

/// <summary>
/// Checks every page of the portal against the authorization matrix (Application/Security/AccessMatrix.cs and
/// Web/Security/PageAccess.cs) for every demo role and for anonymous visitors: pages the matrix allows open, the rest
/// answer 403 (or send anonymous visitors to sign in). Each page needs a sample URL below: a new page without one fails
/// the test, so no page can be added without deciding, and checking, who may open it.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class AuthorizationMatrixTests(MatrixPortal portal)
{
    /// <summary>A URL that opens a page, and who may open it (by default: the page's rule for the Met).</summary>
    private sealed record Sample(string Url, Func<ICurrentUser, bool>? Allowed = null);

    private sealed class DemoUser(DemoAccount account) : ICurrentUser
    {
        public string? UserId => account.Email;

        public string UserName => account.Email;

        public IReadOnlyCollection<string> OrganisationCodes => [.. account.Organisations];

        public bool IsInRole(string role) => account.Roles.Contains(role);
    }

    private async Task<Dictionary<string, Sample[]>> SamplesAsync()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var (area, draftText, adminId, person, principle, proposal) = await PortalDb.WithDbAsync(portal, async db =>
        {
            var area = await db.GovernanceAreas.AsNoTracking().SingleAsync(a => a.Organisation!.Code == OrganisationCodes.Met && a.Reference == "5");
            var text = await db.AreaStatements.AsNoTracking().Where(s => s.GovernanceAreaId == area.Id && s.Year == new ReportingYear(2017)).Select(s => s.Id).FirstAsync();
            var admin = await db.Users.AsNoTracking().Where(u => u.Email == PortalFactory.Accounts.Admin).Select(u => u.Id).SingleAsync();
            var person = await db.People.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.JobTitle == "AC Professionalism").Select(p => p.Id).SingleAsync();
            var principle = await db.Principles.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Code == "A").Select(p => p.Id).SingleAsync();
            var proposal = await db.StatementProposals.AsNoTracking().Where(p => p.GovernanceAreaId == area.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync();
            if (proposal is null)
            {
                var added = new Domain.Framework.StatementProposal
                {
                    GovernanceAreaId = area.Id,
                    Year = new ReportingYear(2017),
                    Kind = Domain.Framework.StatementKind.IntendedActivity,
                    ProposedText = "A new block proposed by the lead.",
                    ProposedByName = PortalFactory.Accounts.Lead,
                    ProposedAtUtc = DateTime.UtcNow,
                };
                db.StatementProposals.Add(added);
                await db.SaveChangesAsync();
                proposal = added.Id;
            }

            return (area.Id, text, admin, person, principle, proposal.Value);
        });
        var (metPlan, leadsAction, reviewAction, metArea) = await PortalDb.WithDbAsync(portal, async db =>
        {
            var plan = await db.ImprovementPlans.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Status == Domain.Improvement.PlanStatus.Active).Select(p => p.Id).FirstAsync();
            var leads = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.PlanId == plan && a.Code == "IA2-05").Select(a => a.Id).SingleAsync();
            var review = await db.ImprovementActions.Include(a => a.Updates).SingleAsync(a => a.Area!.PlanId == plan && a.Code == "IA2-03");
            if (review.Updates.Count == 0)
            {
                review.Updates.Add(new Domain.Improvement.ActionUpdate { Narrative = "Progress for review.", SubmittedByName = "Demo Senior Lead", SubmittedAtUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }

            var area = await db.ImprovementAreas.AsNoTracking().Where(a => a.PlanId == plan && a.Code == "IA2").Select(a => a.Id).SingleAsync();
            return (plan, leads, review.Id, area);
        });
        var dateRequestAction = await PortalDb.WithDbAsync(portal, async db =>
        {
            // A request for a new date from the senior lead, awaiting the governance team.
            var action = await db.ImprovementActions.Include(a => a.DateRequests).SingleAsync(a => a.Area!.PlanId == metPlan && a.Code == "IA2-02");
            if (action.PendingDateRequest is null)
            {
                var lead = await db.Users.AsNoTracking().Where(u => u.Email == PortalFactory.Accounts.Lead).Select(u => u.Id).SingleAsync();
                action.DateRequests.Add(new Domain.Improvement.DueDateRequest { CurrentDueDate = action.DueDate, RequestedDueDate = new DateOnly(2030, 3, 31), Reason = "Sample request", RequestedByUserId = lead, RequestedByName = "Demo Senior Lead", RequestedAtUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }

            return action.Id;
        });
        var importBatch = await PortalDb.WithDbAsync(portal, async db =>
        {
            var plan = await db.ImprovementPlans.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met).OrderBy(p => p.Id).FirstAsync();
            var existing = await db.ImportBatches.AsNoTracking().Where(b => b.PlanId == plan.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing.Value;
            }

            var batch = new Domain.Improvement.ImportBatch
            {
                OrganisationId = plan.OrganisationId,
                PlanId = plan.Id,
                FileName = "sample.csv",
                Content = System.Text.Encoding.UTF8.GetBytes("Code,Description\r\nIA10-90,A sample row\r\n"),
                TotalRows = 1,
                UploadedByName = PortalFactory.Accounts.MetGovernance,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

        // Recommendations import (part D): a file of the Met's recommendations waiting for its dry run.
        var recommendationBatch = await PortalDb.WithDbAsync(portal, async db =>
        {
            var met = await db.Organisations.AsNoTracking().SingleAsync(o => o.Code == OrganisationCodes.Met);
            var existing = await db.ImportBatches.AsNoTracking().Where(b => b.OrganisationId == met.Id && b.Kind == Domain.Improvement.ImportKind.Recommendations)
                .Select(b => (int?)b.Id).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing.Value;
            }

            var batch = new Domain.Improvement.ImportBatch
            {
                OrganisationId = met.Id,
                Kind = Domain.Improvement.ImportKind.Recommendations,
                FileName = "recommendations.csv",
                Content = System.Text.Encoding.UTF8.GetBytes("Source,Report,Ref,Recommendation\r\nIOPC,Sample report,R1,A sample row\r\n"),
                TotalRows = 1,
                UploadedByName = PortalFactory.Accounts.MetGovernance,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

        var (buildSurvey, surveySection, surveyQuestion, surveyReturn, respondentUpload) = await portal.MatrixSamplesAsync();

        // A return of lead@example.org in an issued survey of the Met (made once per portal).
        var leadReturn = await PortalDb.WithDbAsync(portal, db => db.SurveyReturns.AsNoTracking()
            .Where(r => r.Survey!.Status == Domain.Surveys.SurveyStatus.Issued && r.Survey.Organisation!.Code == OrganisationCodes.Met
                && db.Users.Any(u => u.Id == r.Signatory!.UserId && u.Email == PortalFactory.Accounts.Lead))
            .Select(r => new { r.Id, Section = r.Survey!.Sections.OrderBy(s => s.Order).Select(s => s.Id).First() })
            .FirstOrDefaultAsync());
        int returnId, sectionId;
        if (leadReturn is null)
        {
            var survey = await portal.NewSurveyAsync(OrganisationCodes.Met);
            (returnId, sectionId) = (survey.LeadReturnId!.Value, survey.SectionIds[0]);
        }
        else
        {
            (returnId, sectionId) = (leadReturn.Id, leadReturn.Section);
        }
        var analysisSurvey = await portal.SampleSurveyAsync();
        var (draftPaper, publishedPaper, coverPaper) = await portal.MatrixPapersAsync();
        var paperSection = draftPaper.TextSectionId;
        var (panelMeeting, panelAction) = await portal.MatrixPanelAsync();
        var (publishingMeeting, panelPublication, panelQuestion) = await portal.MatrixPanelSamplesAsync();

        // Papers reference data (glossary, audit opinion, templates): the Met's, made once per portal.
        var (glossaryEntry, opinion, recommendation) = await PortalDb.WithDbAsync(portal, async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var entry = await db.GlossaryEntries.SingleOrDefaultAsync(g => g.OrganisationId == met.Id && g.Acronym == "ZMATRIX");
            if (entry is null)
            {
                entry = new Domain.Papers.GlossaryEntry { OrganisationId = met.Id, Acronym = "ZMATRIX", Definition = "Authorisation matrix sample" };
                db.GlossaryEntries.Add(entry);
            }

            var sampleYear = new ReportingYear(2039);
            var audit = await db.AuditOpinions.Include(o => o.Recommendations).SingleOrDefaultAsync(o => o.OrganisationId == met.Id && o.Year == sampleYear);
            if (audit is null)
            {
                audit = new Domain.Papers.AuditOpinion { OrganisationId = met.Id, Year = sampleYear, Opinion = "Sample opinion", GivenBy = "Head of Internal Audit" };
                audit.Put(null, "1", "Sample recommendation", Domain.Papers.RecommendationPriority.Medium, null);
                db.AuditOpinions.Add(audit);
            }

            await db.SaveChangesAsync();
            return (entry.Id, audit.Id, audit.Recommendations[0].Id);
        });
        await portal.EnsureTemplateAsync(OrganisationCodes.Met, Domain.Papers.PaperKind.AnnualGovernanceStatement);
        var templateSection = await PortalDb.WithDbAsync(portal, db => db.TemplateSections.AsNoTracking()
            .Where(s => db.PaperTemplates.Any(t => t.Id == s.TemplateId && t.Organisation!.Code == OrganisationCodes.Met && t.Kind == Domain.Papers.PaperKind.AnnualGovernanceStatement))
            .Select(s => s.Id).FirstAsync());

        // External recommendations (part C): the Met's, made once per portal: one owned by the lead's post, one proposed
        // for closure by someone with no account here, one closed.
        var (ownedRecommendation, proposedRecommendation, closedRecommendation, sourceReport) = await PortalDb.WithDbAsync(portal, async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            await Application.Features.Recommendations.Model.RecommendationLists.EnsureSourcesAsync(db, met.Id, CancellationToken.None);
            var report = await db.SourceReports.Include(r => r.Recommendations).SingleOrDefaultAsync(r => r.OrganisationId == met.Id && r.Title == "Matrix sample report");
            if (report is null)
            {
                var source = await db.RecommendationSources.FirstAsync(s => s.OrganisationId == met.Id);
                report = new Domain.Recommendations.SourceReport { OrganisationId = met.Id, SourceId = source.Id, Title = "Matrix sample report" };
                db.SourceReports.Add(report);
                var leadPost = await db.People.Where(p => p.OrganisationId == met.Id && db.Users.Any(u => u.Id == p.UserId && u.Email == PortalFactory.Accounts.Lead)).Select(p => p.Id).FirstAsync();
                var actor = new Domain.Common.Actor("matrix", "Matrix set-up", DateTime.UtcNow);
                Domain.Recommendations.Recommendation Raise(string reference, int? owner) =>
                    Domain.Recommendations.Recommendation.Raise(report, new Domain.Recommendations.RecommendationDetails(reference, "Matrix sample recommendation", null, null, null, null, owner, null, null), actor);
                var owned = Raise("M1", leadPost);
                var proposed = Raise("M2", null);
                proposed.ProposeClosure("Matrix evidence", actor);
                var closed = Raise("M3", null);
                closed.ProposeClosure("Matrix evidence", actor);
                closed.AcceptClosure(null, null, actor with { UserId = "matrix-2" });
                db.Recommendations.AddRange(owned, proposed, closed);
                await db.SaveChangesAsync();
            }

            var ids = report.Recommendations.Count > 0
                ? report.Recommendations.OrderBy(r => r.Reference, StringComparer.Ordinal).Select(r => r.Id).ToList()
                : await db.Recommendations.Where(r => r.ReportId == report.Id).OrderBy(r => r.Reference).Select(r => r.Id).ToListAsync();
            return (ids[0], ids[1], ids[2], report.Id);
        });
        static bool RecommendationOwner(ICurrentUser user) =>
            AccessMatrix.Allows(user, Permission.ManageRecommendations, OrganisationCodes.Met)
            || (AccessMatrix.Allows(user, Permission.ProposeRecommendationClosure, OrganisationCodes.Met) && user.UserName == PortalFactory.Accounts.Lead);

        static bool DraftReader(ICurrentUser user) => AccessMatrix.CanViewYear(user, OrganisationCodes.Met, published: false);
        static bool MetManager(ICurrentUser user) => AccessMatrix.Allows(user, Permission.ManageImprovementPlan, OrganisationCodes.Met);
        static bool ActionOwner(ICurrentUser user) =>
            MetManager(user) || (AccessMatrix.Allows(user, Permission.ReportActionProgress, OrganisationCodes.Met) && user.UserName == PortalFactory.Accounts.Lead);
        static Func<ICurrentUser, bool> Anywhere(Permission permission) => user => AccessMatrix.AllowsAny(user, permission);
        // Drafts of the Met's papers only for those who review them; published papers for every reader of papers.
        static bool PaperReviewer(ICurrentUser user) => AccessMatrix.Allows(user, Permission.ReviewPapers, OrganisationCodes.Met);
        static bool PaperReader(ICurrentUser user) => AccessMatrix.Allows(user, Permission.ViewPapers, OrganisationCodes.Met);
        // Only the return's signatory (and delegates: none here) complete it; the governance team reads it on Returns/Details.
        static bool ReturnLead(ICurrentUser user) =>
            AccessMatrix.Allows(user, Permission.CompleteSurvey, OrganisationCodes.Met) && user.UserName == PortalFactory.Accounts.Lead;
        return new(StringComparer.Ordinal)
        {
            ["/Account/SignIn"] = [new("/account/sign-in")],
            ["/Account/AccessDenied"] = [new("/account/access-denied")],
            ["/Account/NotSetUp"] = [new("/account/not-set-up")],
            ["/Error"] = [new("/error/404")],
            ["/Accessibility"] = [new("/accessibility")],
            ["/Cookies"] = [new("/cookies")],
            ["/Index"] = [new("/")],
            ["/Account/SignOut"] = [new("/account/sign-out")],
            ["/Account/ChangePassword"] = [new("/account/change-password")],
            ["/Account/Sessions"] = [new("/account/sessions")],
            ["/Admin/Users/Index"] = [new("/admin/users")],
            ["/Admin/Users/Create"] = [new("/admin/users/create")],
            ["/Admin/Users/Edit"] = [new($"/admin/users/edit/{adminId}")],
            ["/Admin/Users/Sessions"] = [new($"/admin/users/sessions/{adminId}")],
            ["/Framework/Index"] = [new("/framework")],
            ["/Framework/Year"] = [new("/framework/mps/2016-17"), new("/framework/mps/2017-18", DraftReader)],
            ["/Framework/Search"] = [new("/framework/search?q=risk")],
            ["/Framework/Areas/Details"] = [new($"/framework/mps/areas/{area}?year=2016-17"), new($"/framework/mps/areas/{area}?year=2017-18", DraftReader)],
            ["/Framework/Areas/Create"] = [new("/framework/mps/areas/create")],
            ["/Framework/Areas/Edit"] = [new($"/framework/mps/areas/{area}/edit")],
            ["/Framework/Text/Create"] = [new($"/framework/mps/areas/{area}/text/add?year=2017-18&kind=KeyControls")],
            ["/Framework/Text/Edit"] = [new($"/framework/mps/areas/{area}/text/{draftText}/edit")],
            ["/Framework/Years"] = [new("/framework/mps/years")],
            ["/History/Index"] = [new($"/history/governance-area/{area}"), new($"/history/person/{person}")],
            ["/Admin/Audit/Index"] = [new("/admin/audit")],
            ["/Admin/Audit/Export"] = [new("/admin/audit/export")],
            ["/Framework/People/Index"] = [new("/framework/mps/people")],
            ["/Framework/People/Create"] = [new("/framework/mps/people/create")],
            ["/Framework/People/Edit"] = [new($"/framework/mps/people/{person}/edit")],
            ["/Framework/People/ChangeHolder"] = [new($"/framework/mps/people/{person}/change-holder")],
            ["/Framework/Principles/Index"] = [new("/framework/mps/principles")],
            ["/Framework/Principles/Edit"] = [new($"/framework/mps/principles/{principle}/edit")],
            ["/Framework/MyAreas/Index"] = [new("/framework/my-areas")],
            ["/Framework/Proposals/Propose"] = [new($"/framework/mps/areas/{area}/propose?statement={draftText}")],
            ["/Framework/Proposals/Index"] = [new("/framework/mps/proposals")],
            ["/Framework/Proposals/Details"] = [new($"/framework/mps/proposals/{proposal}")],
            ["/Improvement/Index"] = [new("/improvement")],
            ["/Improvement/Plan"] = [new("/improvement/mps/2018-21"), new("/improvement/mopac/2018-19")],
            ["/Improvement/Register"] = [new("/improvement/register?org=MPS&rag=Red&overdue=true")],
            ["/Improvement/MyActions"] = [new("/improvement/my-actions", Anywhere(Permission.ReportActionProgress))],
            ["/Improvement/Reviews"] = [new("/improvement/reviews", Anywhere(Permission.VerifyActionCompletion))],
            ["/Improvement/RequestUpdates"] = [new("/improvement/mps/request-updates")],
            ["/Improvement/Settings"] = [new("/improvement/mps/settings")],
            ["/Improvement/CreatePlan"] = [new("/improvement/mps/plans/create")],
            ["/Improvement/Areas/Create"] = [new($"/improvement/plans/{metPlan}/areas/create")],
            ["/Improvement/Areas/Edit"] = [new($"/improvement/plans/{metPlan}/areas/{metArea}/edit")],
            ["/Improvement/Areas/Assess"] = [new($"/improvement/plans/{metPlan}/areas/{metArea}/assess")],
            ["/Improvement/CarryForward"] = [new($"/improvement/plans/{metPlan}/carry-forward")],
            ["/Improvement/Actions/Details"] = [new($"/improvement/actions/{leadsAction}")],
            ["/Improvement/Actions/Create"] = [new($"/improvement/plans/{metPlan}/actions/create")],
            ["/Improvement/Actions/Edit"] = [new($"/improvement/actions/{leadsAction}/edit")],
            ["/Improvement/Actions/Update"] = [new($"/improvement/actions/{leadsAction}/update", ActionOwner)],
            ["/Improvement/Actions/ReportComplete"] = [new($"/improvement/actions/{leadsAction}/report-complete", ActionOwner)],
            ["/Improvement/Actions/RequestDate"] = [new($"/improvement/actions/{leadsAction}/request-date", ActionOwner)],
            ["/Improvement/Actions/DateRequest"] = [new($"/improvement/actions/{dateRequestAction}/date-request", MetManager)],
            ["/Improvement/Actions/ReviseDate"] = [new($"/improvement/actions/{leadsAction}/revise-date")],
            ["/Improvement/Actions/Rag"] = [new($"/improvement/actions/{leadsAction}/rag")],
            ["/Improvement/Actions/Close"] = [new($"/improvement/actions/{leadsAction}/close")],
            ["/Improvement/Actions/Review"] = [new($"/improvement/actions/{reviewAction}/review", MetManager)],
            ["/Improvement/Import/Index"] = [new("/improvement/import", u => AccessMatrix.AllowsAny(u, Permission.ManageImprovementPlan)), new($"/improvement/import?plan={metPlan}")],
            ["/Improvement/Import/Preview"] = [new($"/improvement/import/{importBatch}")],
            ["/Surveys/MySurveys"] = [new("/surveys/my-surveys", Anywhere(Permission.CompleteSurvey))],
            ["/Surveys/Complete/Index"] = [new($"/surveys/returns/{returnId}/complete", ReturnLead)],
            ["/Surveys/Complete/Section"] = [new($"/surveys/returns/{returnId}/sections/{sectionId}", ReturnLead)],
            ["/Surveys/Complete/Check"] = [new($"/surveys/returns/{returnId}/check", ReturnLead)],
            ["/Surveys/Complete/Sign"] = [new($"/surveys/returns/{returnId}/sign", ReturnLead)],
            ["/Surveys/Returns/Details"] = [new($"/surveys/returns/{returnId}")],
            ["/Surveys/Returns/Reopen"] = [new($"/surveys/returns/{returnId}/reopen")],
            ["/Surveys/Returns/Interview"] = [new($"/surveys/returns/{returnId}/interview")],
            ["/Improvement/Export"] = [new("/improvement/export?format=csv"), new("/improvement/export?org=MPS&format=xlsx")],
            ["/Surveys/Index"] = [new("/surveys", Anywhere(Permission.ViewSurveyAnalysis))],
            ["/Surveys/Create"] = [new("/surveys/create?organisation=mps"), new("/surveys/create", Anywhere(Permission.ManageSurveys))],
            ["/Surveys/Details"] = [new($"/surveys/{buildSurvey}")],
            ["/Surveys/Settings"] = [new($"/surveys/{buildSurvey}/settings")],
            ["/Surveys/Issue"] = [new($"/surveys/{buildSurvey}/issue")],
            ["/Surveys/Close"] = [new($"/surveys/{buildSurvey}/close")],
            ["/Surveys/Sections/Create"] = [new($"/surveys/{buildSurvey}/sections/create")],
            ["/Surveys/Sections/Edit"] = [new($"/surveys/{buildSurvey}/sections/{surveySection}")],
            ["/Surveys/Questions/Create"] = [new($"/surveys/{buildSurvey}/sections/{surveySection}/questions/create")],
            ["/Surveys/Questions/Edit"] = [new($"/surveys/{buildSurvey}/sections/{surveySection}/questions/{surveyQuestion}")],
            ["/Surveys/Respondents/Index"] = [new($"/surveys/{buildSurvey}/respondents")],
            ["/Surveys/Respondents/Edit"] = [new($"/surveys/{buildSurvey}/respondents/{surveyReturn}")],
            ["/Surveys/Respondents/Upload"] = [new($"/surveys/{buildSurvey}/respondents/upload")],
            ["/Surveys/Respondents/Preview"] = [new($"/surveys/{buildSurvey}/respondents/upload/{respondentUpload}")],
            ["/Surveys/Tracking"] = [new($"/surveys/{analysisSurvey.SurveyId}/tracking"), new($"/surveys/{analysisSurvey.SurveyId}/tracking?group=MetHQ&status=all")],
            ["/Surveys/Analysis/Index"] = [new($"/surveys/{analysisSurvey.SurveyId}/analysis")],
            ["/Surveys/Analysis/Narrative"] = [new($"/surveys/{analysisSurvey.SurveyId}/analysis/sections/{analysisSurvey.SectionIds[0]}?rating=2")],
            ["/Surveys/Flags/Raise"] = [new($"/surveys/{analysisSurvey.SurveyId}/flags/{analysisSurvey.SectionIds[0]}/raise")],
            ["/Papers/Index"] = [new("/papers", Anywhere(Permission.ViewPapers))],
            ["/Papers/Create"] = [new("/papers/create", Anywhere(Permission.ManagePapers))],
            ["/Papers/Details"] = [new($"/papers/{draftPaper.Id}", PaperReviewer), new($"/papers/{publishedPaper.Id}", PaperReader), new($"/papers/{coverPaper.Id}", PaperReviewer)],
            ["/Papers/Preview"] = [new($"/papers/{draftPaper.Id}/preview", PaperReviewer), new($"/papers/{publishedPaper.Id}/preview", PaperReader)],
            ["/Papers/Download"] = [new($"/papers/{draftPaper.Id}/download/html", PaperReviewer), new($"/papers/{publishedPaper.Id}/download/pdf", PaperReader)],
            ["/Papers/Edit"] = [new($"/papers/{draftPaper.Id}/edit")],
            ["/Papers/Sections/Edit"] = [new($"/papers/{draftPaper.Id}/sections/{paperSection}")],
            ["/Papers/Sections/Comments"] = [new($"/papers/{draftPaper.Id}/sections/{paperSection}/comments")],
            ["/Papers/Checks"] = [new($"/papers/{draftPaper.Id}/checks")],
            ["/Papers/Submit"] = [new($"/papers/{draftPaper.Id}/submit")],
            ["/Papers/Approve"] = [new($"/papers/{draftPaper.Id}/approve")],
            ["/Papers/Sign"] = [new($"/papers/{draftPaper.Id}/sign")],
            ["/Papers/Publish"] = [new($"/papers/{draftPaper.Id}/publish")],
            ["/Papers/Return"] = [new($"/papers/{draftPaper.Id}/return")],
            ["/Papers/Signatories"] = [new($"/papers/{draftPaper.Id}/signatories")],
            ["/Papers/DocumentControl"] = [new($"/papers/{draftPaper.Id}/document-control")],
            ["/Papers/Appendices"] = [new($"/papers/{coverPaper.Id}/appendices")],
            ["/Papers/Versions/Index"] = [new($"/papers/{draftPaper.Id}/versions"), new($"/papers/{publishedPaper.Id}/versions")],
            ["/Papers/Versions/Compare"] = [new($"/papers/{publishedPaper.Id}/versions/compare?from=1&to=2")],
            ["/Surveys/Export"] = [new($"/surveys/{analysisSurvey.SurveyId}/export?format=csv"), new($"/surveys/{analysisSurvey.SurveyId}/export?format=xlsx")],
            ["/Papers/Glossary/Index"] = [new("/papers/glossary/mps")],
            ["/Papers/Glossary/Create"] = [new("/papers/glossary/mps/create")],
            ["/Papers/Glossary/Edit"] = [new($"/papers/glossary/mps/{glossaryEntry}/edit")],
            ["/Papers/Opinions/Index"] = [new("/papers/opinions/mps")],
            ["/Papers/Opinions/Edit"] = [new("/papers/opinions/mps/2039-40")],
            ["/Papers/Opinions/Recommendation"] = [new($"/papers/opinions/mps/{opinion}/recommendation"), new($"/papers/opinions/mps/{opinion}/recommendation/{recommendation}")],
            ["/Papers/Templates/Index"] = [new("/papers/templates/mps"), new("/papers/templates/mps/CoverReport")],
            ["/Papers/Templates/Section"] = [new("/papers/templates/mps/AnnualGovernanceStatement/section"), new($"/papers/templates/mps/AnnualGovernanceStatement/section/{templateSection}")],

            // Recommendations register, part D: import and export
            ["/Recommendations/Import/Index"] = [new("/recommendations/mps/import")],
            ["/Recommendations/Import/Preview"] = [new($"/recommendations/import/{recommendationBatch}")],
            ["/Recommendations/Export"] = [new("/recommendations/mps/export/csv"), new("/recommendations/mopac/export/xlsx")],
            // Audit Panel workspace, part A: the panel and its meetings serve both organisations; a Panel action is its organisation's.
            ["/Panel/Index"] = [new("/panel")],
            ["/Panel/Edit"] = [new("/panel/edit", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Create"] = [new("/panel/meetings/create", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Details"] = [new($"/panel/meetings/{panelMeeting}")],
            ["/Panel/Meetings/Edit"] = [new($"/panel/meetings/{panelMeeting}/edit", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Attendees"] = [new($"/panel/meetings/{panelMeeting}/attendees", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Agenda"] = [new($"/panel/meetings/{panelMeeting}/agenda", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Held"] = [new($"/panel/meetings/{panelMeeting}/held", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/FrontSheet"] = [new($"/panel/meetings/{panelMeeting}/front-sheet/html")],
            ["/Panel/Actions/Index"] = [new("/panel/actions"), new("/panel/actions?show=all")],
            ["/Panel/Actions/Create"] = [new("/panel/actions/create", Anywhere(Permission.ManagePanel))],
            ["/Panel/Actions/Edit"] = [new($"/panel/actions/{panelAction}/edit")],
            ["/Panel/Actions/Respond"] = [new($"/panel/actions/{panelAction}/respond")],
            ["/Panel/Meetings/Publish"] = [new($"/panel/meetings/{publishingMeeting}/publish", Anywhere(Permission.ManagePanel))],
            ["/Panel/Meetings/Changes"] = [new($"/panel/meetings/{publishingMeeting}/changes/mps")],
            ["/Panel/Meetings/Dashboard"] = [new($"/panel/meetings/{publishingMeeting}/dashboard/mps")],
            ["/Panel/Publications/Details"] = [new($"/panel/publications/{panelPublication}")],
            ["/Panel/Publications/Download"] = [new($"/panel/publications/{panelPublication}/download/pdf")],
            ["/Panel/Publications/Correct"] = [new($"/panel/publications/{panelPublication}/correct")],
            ["/Panel/Questions/Ask"] = [new($"/panel/publications/{panelPublication}/ask")],
            ["/Panel/Questions/Answer"] = [new($"/panel/questions/{panelQuestion}/answer")],
            // External recommendations (part C)
            ["/Recommendations/Index"] = [new("/recommendations"), new("/recommendations/mps?status=open")],
            ["/Recommendations/Summary"] = [new("/recommendations/mps/summary")],
            ["/Recommendations/Details"] = [new($"/recommendations/item/{proposedRecommendation}")],
            ["/Recommendations/Reports/Index"] = [new("/recommendations/mps/reports")],
            ["/Recommendations/Reports/Edit"] = [new($"/recommendations/reports/{sourceReport}/edit")],
            ["/Recommendations/Create"] = [new("/recommendations/mps/create")],
            ["/Recommendations/Edit"] = [new($"/recommendations/item/{ownedRecommendation}/edit")],
            ["/Recommendations/Start"] = [new($"/recommendations/item/{ownedRecommendation}/start", RecommendationOwner)],
            ["/Recommendations/ProposeClosure"] = [new($"/recommendations/item/{ownedRecommendation}/propose-closure", RecommendationOwner), new($"/recommendations/item/{proposedRecommendation}/propose-closure", user => AccessMatrix.Allows(user, Permission.ManageRecommendations, OrganisationCodes.Met))],
            ["/Recommendations/DecideClosure"] = [new($"/recommendations/item/{proposedRecommendation}/decide-closure")],
            ["/Recommendations/Reopen"] = [new($"/recommendations/item/{closedRecommendation}/reopen")],
            ["/Recommendations/Links"] = [new($"/recommendations/item/{ownedRecommendation}/links")],
            ["/Recommendations/Settings"] = [new("/recommendations/mps/settings")],
        };
    }

    [Fact]
    public async Task EveryPage_HasAnAccessRuleAndASampleUrl()
    {
        var samples = await SamplesAsync();
        var pages = AnonymousAccessTests.AllPages(portal.Services).Select(p => p.Page).ToList();

        Assert.DoesNotContain(pages, p => !PageAccess.Pages.ContainsKey(p));
        Assert.Empty(pages.Where(p => !samples.ContainsKey(p)).Select(p => $"{p} has no sample URL in {nameof(AuthorizationMatrixTests)}"));
        Assert.Empty(samples.Keys.Where(p => !pages.Contains(p)).Select(p => $"{p} is not a page any more"));
    }

    [Fact]
    public async Task EveryPage_Anonymous_OnlyAnonymousPagesOpen()
    {
        var samples = await SamplesAsync();
        using var client = portal.NewClient();
        var failures = new List<string>();
        foreach (var (page, urls) in samples)
        {
            var anonymous = PageAccess.For(page).Kind == PageRuleKind.Anonymous;
            foreach (var sample in urls)
            {
                var response = await client.GetAsync(new Uri(sample.Url, UriKind.Relative));
                var toSignIn = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.OriginalString.Contains("/account/sign-in?returnUrl=", StringComparison.Ordinal) == true;
                if (anonymous == toSignIn)
                {
                    failures.Add($"{sample.Url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Wrong access for anonymous visitors: " + string.Join("; ", failures));
    }

    public static TheoryData<string> DemoEmails => [.. DemoAccount.All.Select(a => a.Email)];

    /// <summary>Also submits, as a dry run, every form each page shows the role (see <see cref="FormBindingCheck"/>).</summary>
    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task EveryPage_DemoRole_OpensExactlyWhatTheMatrixAllows(string email)
    {
        var samples = await SamplesAsync();
        var user = new DemoUser(DemoAccount.All.Single(a => a.Email == email));
        // The test scheme (the same principal as the real sign-in); anonymous visitors above go through the real cookie.
        using var client = await portal.SignedInAsync(email);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        // The pages are independent reads (and dry runs of their forms): four at a time, as a browser's tabs would, once
        // the client holds its antiforgery cookie (pages opened at once would each be given a different one).
        await client.GetPageAsync("/");
        var work = samples.SelectMany(s => s.Value.Select(sample => (Page: s.Key, Sample: sample)));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) =>
        {
            var (page, sample) = item;
            var rule = PageAccess.For(page);
            var allowed = sample.Allowed?.Invoke(user) ?? rule.Kind switch
            {
                PageRuleKind.Permission => AccessMatrix.Allows(user, rule.Permission!.Value, OrganisationCodes.Met),
                _ => true,
            };
            var (response, document) = await client.GetPageAsync(sample.Url);
            var opened = page switch
            {
                // These pages exist to show an error status.
                "/Error" => response.StatusCode == HttpStatusCode.NotFound,
                "/Account/AccessDenied" or "/Account/NotSetUp" => response.StatusCode == HttpStatusCode.Forbidden,
                _ => (int)response.StatusCode < 400,
            };
            var refused = response.StatusCode == HttpStatusCode.Forbidden && page is not ("/Account/AccessDenied" or "/Account/NotSetUp");
            if (allowed ? !opened : !refused)
            {
                failures.Add($"{sample.Url}: expected {(allowed ? "to open" : "403")}, got {(int)response.StatusCode}");
            }

            // Every form the page shows this role can be submitted by it, and every field it renders binds to
            // the input of the page it posts to (a dry run: nothing is changed).
            if (response.IsSuccessStatusCode)
            {
                foreach (var form in RenderedForm.AllOn(client, sample.Url, document))
                {
                    if (await form.CheckBindingAsync() is { } problem)
                    {
                        failures.Add(problem);
                    }
                }
            }
        });

        Assert.True(failures.Count == 0, $"{email}: " + string.Join("; ", failures));
    }

    /// <summary>
    /// Every form of a Met page that MOPAC's governance officer may not open, as the Met's officer sees it, posted by
    /// MOPAC's officer with every text field emptied: permission is checked before validation, so each answers 403
    /// (never 400 with validation messages, never 500) and nothing is written.
    /// </summary>
    [Fact]
    public async Task EveryMetForm_OtherOrganisationPostsInvalidInput_IsForbiddenAndWritesNothing()
    {
        var samples = await SamplesAsync();
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var auditEntries = await PortalDb.WithDbAsync(portal, db => db.AuditEntries.CountAsync());
        var failures = new List<string>();
        var tried = 0;

        // Only pages the matrix refuses MOPAC's governance team for the Met (what it opens is checked page by page above).
        var mopacUser = new DemoUser(DemoAccount.All.Single(a => a.Email == PortalFactory.Accounts.MopacGovernance));
        var refusedToMopac = samples.SelectMany(s => s.Value.Where(sample => !(sample.Allowed?.Invoke(mopacUser) ?? PageAccess.For(s.Key) switch
        {
            { Kind: PageRuleKind.Permission, Permission: { } permission } => AccessMatrix.Allows(mopacUser, permission, OrganisationCodes.Met),
            _ => true,
        })));
        foreach (var url in refusedToMopac.Select(s => s.Url))
        {
            var (shown, page) = await met.GetPageAsync(url);
            var refused = await mopac.GetAsync(new Uri(url, UriKind.Relative));
            if (!shown.IsSuccessStatusCode || refused.StatusCode != HttpStatusCode.Forbidden)
            {
                continue;
            }

            foreach (var form in RenderedForm.AllOn(met, url, page).Where(f => !f.Action.StartsWith("/account/", StringComparison.Ordinal)))
            {
                tried++;
                var (response, _) = await form.SubmitAsync([.. form.TextFieldNames.Select(name => new KeyValuePair<string, string>(name, string.Empty))], asClient: mopac);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{form.Action} (form on {url}): {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(tried >= 20, $"Only {tried} forms were tried.");
        Assert.True(failures.Count == 0, "Not refused: " + string.Join("; ", failures));
        Assert.Equal(auditEntries, await PortalDb.WithDbAsync(portal, db => db.AuditEntries.CountAsync()));
    }
}

/// <summary>A portal of its own: the matrix test opens a draft year and must not disturb other tests' data.</summary>
public sealed class MatrixPortal() : PortalFactory(DatabaseProvider.Sqlite);

[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixPortal>
{
    public const string Name = "SQLite portal (authorization matrix)";
}
