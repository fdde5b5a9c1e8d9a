using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Messaging;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data.Conversions;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Data;

/// <summary>
/// The one model of the portal: domain records and Identity. Each database provider has a thin subclass so that
/// each keeps its own generated migrations (see docs/adr/0004-database-providers.md). Handlers take this base type.
/// </summary>
public abstract class GovernancePortalDbContext : IdentityDbContext<ApplicationUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly EventHandler<Microsoft.EntityFrameworkCore.ChangeTracking.EntityTrackedEventArgs> _onTracked;
    private IAuditActor? _currentUser;

    /// <summary>
    /// The app takes contexts from a pool (<see cref="DependencyInjection"/>): a context is built once and handed to
    /// request after request, so what belongs to one unit of work is set by <see cref="BeginWork"/>, not here.
    /// </summary>
    protected GovernancePortalDbContext(DbContextOptions options)
        : base(options)
    {
        // Identity re-attaches accounts before saving them, which forgets what they were; the audit keeps its own copy.
        _onTracked = (_, e) => Auditing.AccountAudit.OnTracked(this, e);
    }

    /// <summary>
    /// Who the audit trail records for changes saved through this context. A context nobody gave an actor
    /// (<see cref="BeginWork"/>) refuses to save rather than record a change as nobody's.
    /// </summary>
    public IAuditActor CurrentUser => _currentUser
        ?? throw new InvalidOperationException("This context was not given the actor its changes are audited as (GovernancePortalDbContext.BeginWork).");

    /// <summary>
    /// Starts a unit of work for <paramref name="actor"/> on this context, new or taken from the pool: sets who its
    /// saves are audited as and forgets whatever a previous unit of work left in the audit's own state (EF Core resets
    /// its change tracker when a context goes back to the pool).
    /// </summary>
    public void BeginWork(IAuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _currentUser = actor;
        PendingAudit = null;
        AccountSnapshots.Clear();
        // Exactly one subscription whether or not the pool's reset kept the last one.
        ChangeTracker.Tracked -= _onTracked;
        ChangeTracker.Tracked += _onTracked;
    }

    /// <summary>The audit of a save in progress (see <see cref="Auditing.AuditInterceptor"/>).</summary>
    internal Auditing.PendingAudit? PendingAudit { get; set; }

    /// <summary>Accounts as last read or saved, for the audit of their changes (see <see cref="Auditing.AccountAudit"/>).</summary>
    internal Dictionary<ApplicationUser, Microsoft.EntityFrameworkCore.ChangeTracking.PropertyValues> AccountSnapshots { get; } = new(ReferenceEqualityComparer.Instance);

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<UserOrganisation> UserOrganisations => Set<UserOrganisation>();

    /// <summary>Signed-in sessions held on the server (the cookie carries only the id).</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The Data Protection key ring, shared by every instance (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Principle> Principles => Set<Principle>();

    public DbSet<SubPrinciple> SubPrinciples => Set<SubPrinciple>();

    public DbSet<GovernanceArea> GovernanceAreas => Set<GovernanceArea>();

    public DbSet<AreaStatement> AreaStatements => Set<AreaStatement>();

    public DbSet<FrameworkYear> FrameworkYears => Set<FrameworkYear>();

    public DbSet<StatementProposal> StatementProposals => Set<StatementProposal>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PostHolding> PostHoldings => Set<PostHolding>();

    public DbSet<ImprovementPlan> ImprovementPlans => Set<ImprovementPlan>();

    public DbSet<ImprovementArea> ImprovementAreas => Set<ImprovementArea>();

    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();

    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();

    public DbSet<DueDateRevision> DueDateRevisions => Set<DueDateRevision>();

    public DbSet<DueDateRequest> DueDateRequests => Set<DueDateRequest>();

    public DbSet<AreaAssessment> AreaAssessments => Set<AreaAssessment>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveySection> SurveySections => Set<SurveySection>();

    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();

    public DbSet<QuestionWording> QuestionWordings => Set<QuestionWording>();

    public DbSet<SurveyReturn> SurveyReturns => Set<SurveyReturn>();

    public DbSet<ReturnDelegate> ReturnDelegates => Set<ReturnDelegate>();

    public DbSet<ReturnSection> ReturnSections => Set<ReturnSection>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<ReturnEvent> ReturnEvents => Set<ReturnEvent>();

    public DbSet<InterviewNote> InterviewNotes => Set<InterviewNote>();

    public DbSet<SurveyFlag> SurveyFlags => Set<SurveyFlag>();

    public DbSet<SurveyFlagSource> SurveyFlagSources => Set<SurveyFlagSource>();

    public DbSet<RespondentUpload> RespondentUploads => Set<RespondentUpload>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PaperTemplate> PaperTemplates => Set<PaperTemplate>();

    public DbSet<TemplateSection> TemplateSections => Set<TemplateSection>();

    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperSection> PaperSections => Set<PaperSection>();

    public DbSet<PaperSignatory> PaperSignatories => Set<PaperSignatory>();

    public DbSet<PaperControlEntry> PaperControlEntries => Set<PaperControlEntry>();

    public DbSet<PaperAppendix> PaperAppendices => Set<PaperAppendix>();

    public DbSet<PaperComment> PaperComments => Set<PaperComment>();

    public DbSet<PaperVersion> PaperVersions => Set<PaperVersion>();

    public DbSet<GlossaryEntry> GlossaryEntries => Set<GlossaryEntry>();

    public DbSet<AuditOpinion> AuditOpinions => Set<AuditOpinion>();

    public DbSet<AuditRecommendation> AuditRecommendations => Set<AuditRecommendation>();

    public DbSet<AuditPanel> AuditPanels => Set<AuditPanel>();

    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();

    public DbSet<PanelOrganisation> PanelOrganisations => Set<PanelOrganisation>();

    public DbSet<PanelMeeting> PanelMeetings => Set<PanelMeeting>();

    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<PanelPublication> PanelPublications => Set<PanelPublication>();

    public DbSet<PublishedFile> PublishedFiles => Set<PublishedFile>();

    public DbSet<PanelSnapshot> PanelSnapshots => Set<PanelSnapshot>();

    public DbSet<PanelAction> PanelActions => Set<PanelAction>();

    public DbSet<PaperQuestion> PaperQuestions => Set<PaperQuestion>();

    public DbSet<RecommendationSource> RecommendationSources => Set<RecommendationSource>();

    public DbSet<RecommendationTheme> RecommendationThemes => Set<RecommendationTheme>();

    public DbSet<SourceReport> SourceReports => Set<SourceReport>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<RecommendationEvent> RecommendationEvents => Set<RecommendationEvent>();

    public DbSet<RecommendationActionLink> RecommendationActionLinks => Set<RecommendationActionLink>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Status-like enums are stored as readable text, safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReportingYear>().HaveConversion<ReportingYearConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GovernancePortalDbContext).Assembly);
        // The scheduler's (Quartz.NET's) tables, created by the Scheduler migration; each provider has its own types.
        Scheduler.SchedulerModel.Apply(builder, Database.ProviderName);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }
}
