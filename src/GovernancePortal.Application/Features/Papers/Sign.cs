using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Records signatures on an approved paper (/papers/{id}/sign): who signed and the date they signed, one at a time.
/// When the last signatory has signed the paper is signed and can be published.
/// </summary>
public static class SignPaper
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, IReadOnlyList<Signatory> Signatories);

    public sealed record Signatory(int Id, string Name, string Role, DateOnly? SignedOn, string? RecordedByName);

    public sealed class Form
    {
        public int? SignatoryId { get; set; }

        public DateParts SignedOn { get; set; } = new();

        public Guid Version { get; set; }
    }

    public sealed record Command(int PaperId, Guid Version, int? SignatoryId, DateOnly? SignedOn) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SignatoryId).NotNull().WithMessage("Choose who signed");
            RuleFor(c => c.SignedOn).NotNull().WithMessage("Enter the date signed as a real date, for example 27 6 2017");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            return new View(PaperEdits.Heading(paper), [.. paper.OrderedSignatories.Select(s => new Signatory(s.Id, s.Name, s.Role, s.SignedOn, s.RecordedByName))]);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken);
            var signatory = paper.Signatories.SingleOrDefault(s => s.Id == command.SignatoryId)
                ?? throw Validation.Fail(nameof(Command.SignatoryId), "Choose who signed from the paper's signatories");
            var signedOn = command.SignedOn!.Value;
            if (signedOn > LondonClock.Today(time))
            {
                throw Validation.Fail(nameof(Command.SignedOn), "The date signed must be today or earlier");
            }

            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            paper.RecordSignature(signatory, signedOn, actor);
            var date = LongDate.Of(signedOn);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, $"Signed by {signatory.Name} on {date}", actor, cancellationToken);
            return Unit.Value;
        }
    }
}
