using FluentValidation;
using GovernancePortal.Application;
using GovernancePortal.Application.Features.Admin.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.UnitTests.Application;

/// <summary>How validators are registered (Application/DependencyInjection.cs): one per process unless they take a service.</summary>
public sealed class ValidatorLifetimeTests
{
    private static ServiceProvider Services() =>
        new ServiceCollection().AddLogging().AddApplication().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });

    [Fact]
    public void Validator_TakesNoService_IsBuiltOnceForEveryRequest()
    {
        using var services = Services();
        using var first = services.CreateScope();
        using var second = services.CreateScope();

        var a = Assert.Single(first.ServiceProvider.GetServices<IValidator<CreateUser.Command>>());
        var b = Assert.Single(second.ServiceProvider.GetServices<IValidator<CreateUser.Command>>());

        Assert.Same(a, b);
    }

    [Fact]
    public void Validator_TakesTheCurrentUser_IsBuiltPerRequest()
    {
        using var services = Services();
        using var first = services.CreateScope();
        using var second = services.CreateScope();

        var a = Assert.Single(first.ServiceProvider.GetServices<IValidator<EditUser.Command>>());
        var b = Assert.Single(second.ServiceProvider.GetServices<IValidator<EditUser.Command>>());

        Assert.NotSame(a, b);
    }

    [Fact]
    public void Registration_EveryValidator_IsRegisteredExactlyOnce()
    {
        var services = new ServiceCollection().AddLogging().AddApplication();
        var validators = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>)).ToList();

        Assert.NotEmpty(validators);
        Assert.Empty(validators.GroupBy(d => d.ImplementationType).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(validators.Where(d => d.Lifetime == ServiceLifetime.Singleton),
            d => Assert.All(d.ImplementationType!.GetConstructors(), c => Assert.Empty(c.GetParameters())));
    }
}
