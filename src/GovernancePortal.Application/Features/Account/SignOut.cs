using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>/account/sign-out: ends the session (the web app's sign-in manager writes it to the audit trail).</summary>
public static class SignOut
{
    public sealed record Command : ICommand;

    public sealed class Handler(SignInManager<ApplicationUser> signInManager) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await signInManager.SignOutAsync();
            return Unit.Value;
        }
    }
}
