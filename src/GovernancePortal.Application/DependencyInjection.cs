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
        // Validators hold only their rules, built in their constructors (FluentValidation's validators are thread-safe
        // once built), so one of each serves the process: building them per request rebuilt every rule and compiled
        // an expression for each cleaned field (CleanedRules) on every form posted. A validator that takes a service
        // (the user it checks for) is built per request.
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton, HasNoDependencies, includeInternalTypes: true);
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped, scan => !HasNoDependencies(scan), includeInternalTypes: true);
        return services;
    }

    /// <summary>Whether a validator is built without services (a public parameterless constructor and no other).</summary>
    internal static bool HasNoDependencies(AssemblyScanner.AssemblyScanResult scan) =>
        scan.ValidatorType.GetConstructors().All(constructor => constructor.GetParameters().Length == 0);
}
