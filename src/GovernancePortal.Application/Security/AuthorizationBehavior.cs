using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Security;

/// <summary>
/// A use case that acts on one organisation's records: it names the permission it needs and the record (or
/// organisation) it acts on, and <see cref="AuthorizationBehavior{TMessage, TResponse}"/> checks both before anything
/// else runs — before validation, so someone without the permission learns nothing from validation messages and
/// always gets 403, whatever they post.
/// </summary>
public interface IOrganisationScoped
{
    Permission Permission { get; }

    ScopeTarget Scope { get; }
}

/// <summary>What a use case acts on, to find the organisation whose permission it needs.</summary>
public abstract record ScopeTarget
{
    /// <summary>The organisation in the URL ("mps", "mopac"; any case).</summary>
    public static ScopeTarget Organisation(string? slug) => new OrganisationTarget(slug);

    /// <summary>Any organisation (the use case names its record later, e.g. a plan chosen on the form).</summary>
    public static ScopeTarget AnyOrganisation { get; } = new AnyOrganisationTarget();

    public static ScopeTarget Plan(int id) => new PlanTarget(id);

    public static ScopeTarget ImprovementArea(int id) => new ImprovementAreaTarget(id);

    public static ScopeTarget ImprovementAction(int id) => new ImprovementActionTarget(id);

    public static ScopeTarget ImportBatch(int id) => new ImportBatchTarget(id);

    /// <summary>A senior lead's proposal for a framework area's text.</summary>
    public static ScopeTarget StatementProposal(int id) => new StatementProposalTarget(id);

    public static ScopeTarget Survey(int id) => new SurveyTarget(id);

    public static ScopeTarget SurveyReturn(int id) => new SurveyReturnTarget(id);

    public static ScopeTarget RespondentUpload(int id) => new RespondentUploadTarget(id);

    /// <summary>A paper; reading one that is not yet published needs <see cref="Permission.ReviewPapers"/>.</summary>
    public static ScopeTarget Paper(int id) => new PaperTarget(id);

    public static ScopeTarget PaperTemplate(int id) => new PaperTemplateTarget(id);

    public static ScopeTarget GlossaryEntry(int id) => new GlossaryEntryTarget(id);

    public static ScopeTarget AuditOpinion(int id) => new AuditOpinionTarget(id);

    /// <summary>A paper published to an Audit Panel meeting (its paper's organisation).</summary>
    public static ScopeTarget Publication(int id) => new PublicationTarget(id);

    /// <summary>A question on a published paper (its paper's organisation).</summary>
    public static ScopeTarget PaperQuestion(int id) => new PaperQuestionTarget(id);

    /// <summary>A matter arising from an Audit Panel meeting (the organisation that owes it).</summary>
    public static ScopeTarget PanelAction(int id) => new PanelActionTarget(id);

    public static ScopeTarget Recommendation(int id) => new RecommendationTarget(id);

    public static ScopeTarget SourceReport(int id) => new SourceReportTarget(id);

    public static ScopeTarget RecommendationTheme(int id) => new RecommendationThemeTarget(id);

    public static ScopeTarget RecommendationSource(int id) => new RecommendationSourceTarget(id);

    internal sealed record PublicationTarget(int Id) : ScopeTarget;

    internal sealed record PaperQuestionTarget(int Id) : ScopeTarget;

    internal sealed record PanelActionTarget(int Id) : ScopeTarget;

    internal sealed record RecommendationTarget(int Id) : ScopeTarget;

    internal sealed record SourceReportTarget(int Id) : ScopeTarget;

    internal sealed record RecommendationThemeTarget(int Id) : ScopeTarget;

    internal sealed record RecommendationSourceTarget(int Id) : ScopeTarget;

    internal sealed record PaperTarget(int Id) : ScopeTarget;

    internal sealed record PaperTemplateTarget(int Id) : ScopeTarget;

    internal sealed record GlossaryEntryTarget(int Id) : ScopeTarget;

    internal sealed record AuditOpinionTarget(int Id) : ScopeTarget;

    internal sealed record SurveyTarget(int Id) : ScopeTarget;

    internal sealed record SurveyReturnTarget(int Id) : ScopeTarget;

    internal sealed record RespondentUploadTarget(int Id) : ScopeTarget;

    internal sealed record OrganisationTarget(string? Slug) : ScopeTarget;

    internal sealed record AnyOrganisationTarget : ScopeTarget;

    internal sealed record PlanTarget(int Id) : ScopeTarget;

    internal sealed record ImprovementAreaTarget(int Id) : ScopeTarget;

    internal sealed record ImprovementActionTarget(int Id) : ScopeTarget;

    internal sealed record ImportBatchTarget(int Id) : ScopeTarget;

    internal sealed record StatementProposalTarget(int Id) : ScopeTarget;
}

/// <summary>
/// The first step of the pipeline: for an <see cref="IOrganisationScoped"/> message, finds the organisation that owns
/// its target (404 when there is no such record) and demands the permission for it (403). Reporting on an action also
/// needs to be its owner or the governance team (<see cref="ImprovementScope.DemandCanReportAsync"/>); completing a
/// survey return needs the return to name the user (<see cref="ReturnAccess.DemandAsync"/>). Handlers still
/// load their records within that organisation, so a record of another organisation named in the same request is 404.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(GovernancePortalDbContext db, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (message is IOrganisationScoped scoped)
        {
            await DemandAsync(scoped, cancellationToken);
        }

        return await next(message, cancellationToken);
    }

    private async Task DemandAsync(IOrganisationScoped scoped, CancellationToken cancellationToken)
    {
        if (scoped.Scope is ScopeTarget.AnyOrganisationTarget)
        {
            if (!AccessMatrix.AllowsAny(user, scoped.Permission))
            {
                throw new ForbiddenException($"You do not have permission to {AccessMatrix.Describe(scoped.Permission)}.");
            }

            return;
        }

        if (scoped.Scope is ScopeTarget.ImprovementActionTarget { Id: var actionId } && scoped.Permission == Permission.ReportActionProgress)
        {
            var action = await db.ImprovementActions.AsNoTracking()
                .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement action.");
            await ImprovementScope.DemandCanReportAsync(db, user, action, cancellationToken);
            return;
        }

        if (scoped.Scope is ScopeTarget.RecommendationTarget { Id: var recommendationId } && scoped.Permission == Permission.ProposeRecommendationClosure)
        {
            await Features.Recommendations.RecommendationScope.DemandCanProposeAsync(db, user, recommendationId, cancellationToken);
            return;
        }

        if (scoped.Scope is ScopeTarget.SurveyReturnTarget { Id: var returnId } && scoped.Permission == Permission.CompleteSurvey)
        {
            await ReturnAccess.DemandAsync(db, user, returnId, sign: scoped is ReturnAccess.ISignatoryOnly, cancellationToken);
            return;
        }

        if (scoped.Scope is ScopeTarget.PaperTarget { Id: var paperId } && scoped.Permission == Permission.ViewPapers)
        {
            // Published papers are for every reader of papers; drafts only for those who review them.
            var paper = await db.Papers.AsNoTracking().Where(p => p.Id == paperId)
                .Select(p => new { p.Organisation!.Code, p.Status }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("There is no such paper.");
            AccessMatrix.Demand(user, paper.Status == Domain.Papers.PaperStatus.Published ? Permission.ViewPapers : Permission.ReviewPapers, paper.Code);
            return;
        }

        var code = await OrganisationCodeAsync(scoped.Scope, cancellationToken)
            ?? throw new NotFoundException("There is no such record.");
        AccessMatrix.Demand(user, scoped.Permission, code);
    }

    private Task<string?> OrganisationCodeAsync(ScopeTarget target, CancellationToken cancellationToken) => target switch
    {
        ScopeTarget.OrganisationTarget { Slug: var slug } => db.Organisations.AsNoTracking()
            .Where(o => o.Code == (slug ?? string.Empty).Trim().ToUpperInvariant()).Select(o => o.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PlanTarget { Id: var id } => db.ImprovementPlans.AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.ImprovementAreaTarget { Id: var id } => db.ImprovementAreas.AsNoTracking()
            .Where(a => a.Id == id).Select(a => a.Plan!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.ImprovementActionTarget { Id: var id } => db.ImprovementActions.AsNoTracking()
            .Where(a => a.Id == id).Select(a => a.Area!.Plan!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.ImportBatchTarget { Id: var id } => db.ImportBatches.AsNoTracking()
            .Where(b => b.Id == id).Select(b => db.Organisations.Where(o => o.Id == b.OrganisationId).Select(o => o.Code).FirstOrDefault()).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.StatementProposalTarget { Id: var id } => db.StatementProposals.AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.GovernanceArea!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.SurveyTarget { Id: var id } => db.Surveys.AsNoTracking()
            .Where(s => s.Id == id).Select(s => s.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.SurveyReturnTarget { Id: var id } => db.SurveyReturns.AsNoTracking()
            .Where(r => r.Id == id).Select(r => r.Survey!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.RespondentUploadTarget { Id: var id } => db.RespondentUploads.AsNoTracking()
            .Where(u => u.Id == id).Select(u => u.Survey!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PaperTarget { Id: var id } => db.Papers.AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PaperTemplateTarget { Id: var id } => db.PaperTemplates.AsNoTracking()
            .Where(t => t.Id == id).Select(t => t.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.GlossaryEntryTarget { Id: var id } => db.GlossaryEntries.AsNoTracking()
            .Where(g => g.Id == id).Select(g => g.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.AuditOpinionTarget { Id: var id } => db.AuditOpinions.AsNoTracking()
            .Where(o => o.Id == id).Select(o => o.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PublicationTarget { Id: var id } => db.PanelPublications.AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PaperQuestionTarget { Id: var id } => db.PaperQuestions.AsNoTracking()
            .Where(q => q.Id == id).Select(q => q.Publication!.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.PanelActionTarget { Id: var id } => db.PanelActions.AsNoTracking()
            .Where(a => a.Id == id).Select(a => a.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.RecommendationTarget { Id: var id } => db.Recommendations.AsNoTracking()
            .Where(r => r.Id == id).Select(r => r.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.SourceReportTarget { Id: var id } => db.SourceReports.AsNoTracking()
            .Where(r => r.Id == id).Select(r => r.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.RecommendationThemeTarget { Id: var id } => db.RecommendationThemes.AsNoTracking()
            .Where(t => t.Id == id).Select(t => t.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        ScopeTarget.RecommendationSourceTarget { Id: var id } => db.RecommendationSources.AsNoTracking()
            .Where(s => s.Id == id).Select(s => s.Organisation!.Code).SingleOrDefaultAsync(cancellationToken),
        _ => throw new InvalidOperationException($"Unknown scope {target}."),
    };
}
