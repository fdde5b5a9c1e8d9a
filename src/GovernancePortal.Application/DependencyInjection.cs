using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernancePortal.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases: the source-generated mediator (handlers are scoped because they use the DbContext),
    /// the validation and concurrency pipeline behaviours, every FluentValidation validator in this assembly, and the
    /// signal that wakes the import worker.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors = [typeof(Security.AuthorizationBehavior<,>), typeof(ValidationBehavior<,>), typeof(ConcurrencyBehavior<,>)];
        });
        services.AddSingleton<Features.Improvement.Import.ImportQueue>();
        services.AddSingleton<ReadModelCache>();
        services.AddScoped<Features.Papers.Model.PaperComposer>();
        services.AddScoped<Features.Papers.Model.PaperCheckRunner>();
        services.AddScoped<Infrastructure.Seed.IPaperSnapshots, Features.Papers.Model.PaperSnapshots>();
        services.AddScoped<Features.Panel.Model.RegisterSnapshotBuilder>();
        services.AddSingleton<Features.Panel.Model.SnapshotReader>();
        services.AddScoped<Features.Panel.Model.PanelPublisher>();
        services.AddScoped<Infrastructure.Seed.IPanelPublisher>(provider => provider.GetRequiredService<Features.Panel.Model.PanelPublisher>());

        // The audit trail records whoever the use case acts for (a system actor unless the host registers a user).
        services.TryAddScoped<ICurrentUser>(_ => new SystemUser("system"));
        services.Replace(ServiceDescriptor.Scoped<IAuditActor>(provider => provider.GetRequiredService<ICurrentUser>()));
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
