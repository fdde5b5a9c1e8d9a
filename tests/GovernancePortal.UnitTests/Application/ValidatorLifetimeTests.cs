using FluentValidation;
using GovernancePortal.Application;
using GovernancePortal.Application.Features.Admin.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.UnitTests.Application;

/// <summary>How validators are registered (Application/DependencyInjection.cs): one per process unless they take a service.</summary>
public sealed class ValidatorLifetimeTests
{
    /// <summary>The validator of <typeparamref name="TCommand"/> as two requests (scopes) of one app get it.</summary>
    private static (IValidator<TCommand> First, IValidator<TCommand> Second) InTwoRequests<TCommand>()
    {
        using var services = new ServiceCollection().AddLogging().AddApplication().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var first = services.CreateScope();
        using var second = services.CreateScope();
        return (Assert.Single(first.ServiceProvider.GetServices<IValidator<TCommand>>()), Assert.Single(second.ServiceProvider.GetServices<IValidator<TCommand>>()));
    }

    [Fact]
    public void Validator_TakesNoService_IsBuiltOnceForEveryRequest()
    {
        var (first, second) = InTwoRequests<CreateUser.Command>();

        Assert.Same(first, second);
    }

    [Fact]
    public void Validator_TakesTheCurrentUser_IsBuiltPerRequest()
    {
        var (first, second) = InTwoRequests<EditUser.Command>();

        Assert.NotSame(first, second);
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
