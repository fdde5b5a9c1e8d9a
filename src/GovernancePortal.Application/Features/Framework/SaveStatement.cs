using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// Adds a block of text to an area for a draft year (no <see cref="StatementId"/>) or rewrites one. Published years are
/// read-only. The text is structured text (Domain/Text/StructuredText), cleaned before it is stored.
/// </summary>
public sealed record SaveStatementCommand(
    string Organisation,
    int AreaId,
    int? StatementId,
    string? Year,
    StatementKind Kind,
    string? SubTopic,
    string? Text,
    Guid? Version) : ICommand<SavedStatement>, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class SaveStatementValidator : UseCaseValidator<SaveStatementCommand>
{
    public SaveStatementValidator()
    {
        RuleFor(x => CleanText.SingleLine(x.SubTopic)).MaximumLength(AreaStatement.SubTopicMaxLength)
            .WithMessage($"Sub-heading must be {AreaStatement.SubTopicMaxLength} characters or fewer").OverridePropertyName(nameof(SaveStatementCommand.SubTopic));
        RuleFor(x => CleanText.Multiline(x.Text)).NotEmpty().WithMessage("Enter the text")
            .MaximumLength(TextLimits.LongText).WithMessage($"Text must be {TextLimits.LongText:N0} characters or fewer")
            .Must(t => StructuredText.FindProblems(t).Count == 0).WithMessage((_, t) => StructuredText.FindProblems(t).FirstOrDefault() ?? string.Empty)
            .OverridePropertyName(nameof(SaveStatementCommand.Text));
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Select the kind of text");
        RuleFor(x => x.Version).NotNull().When(x => x.StatementId is not null).WithMessage("The form is out of date: open the text again");
    }
}

/// <summary>The block saved, and the year it belongs to ("2017-18"), for the page to show next.</summary>
public sealed record SavedStatement(int Id, string YearSlug);

public sealed class SaveStatementHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<SaveStatementCommand, SavedStatement>
{
    public async ValueTask<SavedStatement> Handle(SaveStatementCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var area = await db.GovernanceAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no governance area with this number.");

        AreaStatement statement;
        if (command.StatementId is { } id)
        {
            statement = await db.AreaStatements.SingleOrDefaultAsync(s => s.Id == id && s.GovernanceAreaId == area.Id, cancellationToken)
                ?? throw new NotFoundException("This text has been deleted.");
            await FrameworkScope.DraftYearAsync(db, organisation.Id, statement.Year, cancellationToken);
            if (statement.Version != command.Version)
            {
                throw Conflict(statement);
            }
        }
        else
        {
            var year = FrameworkScope.ParseYear(command.Year) ?? throw new NotFoundException("That is not a reporting year.");
            await FrameworkScope.DraftYearAsync(db, organisation.Id, year, cancellationToken);
            var last = await db.AreaStatements.Where(s => s.GovernanceAreaId == area.Id && s.Year == year)
                .Select(s => (int?)s.SortOrder).MaxAsync(cancellationToken) ?? 0;
            statement = new AreaStatement { GovernanceAreaId = area.Id, Year = year, Kind = command.Kind, Text = string.Empty, SortOrder = last + 1 };
            db.AreaStatements.Add(statement);
        }

        statement.SubTopic = CleanText.OptionalLine(command.SubTopic);
        statement.Text = CleanText.Multiline(command.Text);
        if (command.StatementId is not null)
        {
            db.Entry(statement).Property(s => s.Version).OriginalValue = command.Version!.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.AreaStatements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statement.Id, cancellationToken)
                ?? throw new NotFoundException("Someone else deleted this text while you were editing it. Your text has not been saved.");
            throw Conflict(current);
        }

        return new SavedStatement(statement.Id, FrameworkScope.YearSlug(statement.Year));
    }

    internal ConcurrencyConflictException Conflict(AreaStatement statement)
    {
        db.ChangeTracker.Clear();
        return new ConcurrencyConflictException(
            "Someone else changed this text after you opened it. Their version is shown below; your text is still in the form and has not been saved.",
            new Dictionary<string, string?> { ["Sub-heading"] = statement.SubTopic, ["Text"] = statement.Text });
    }
}

/// <summary>Deletes a block of text from a draft year (published years keep theirs for good).</summary>
/// <summary>Returns the deleted block's year ("2017-18"), for the page to show next.</summary>
public sealed record DeleteStatementCommand(string Organisation, int AreaId, int StatementId, Guid Version) : ICommand<string>, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class DeleteStatementHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<DeleteStatementCommand, string>
{
    public async ValueTask<string> Handle(DeleteStatementCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var statement = await db.AreaStatements
            .SingleOrDefaultAsync(s => s.Id == command.StatementId && s.GovernanceAreaId == command.AreaId, cancellationToken)
            ?? throw new NotFoundException("This text has already been deleted.");
        if (!await db.GovernanceAreas.AnyAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken))
        {
            throw new NotFoundException("There is no governance area with this number.");
        }

        await FrameworkScope.DraftYearAsync(db, organisation.Id, statement.Year, cancellationToken);
        if (await db.StatementProposals.AnyAsync(p => p.AreaStatementId == statement.Id && p.Status == ProposalStatus.Pending, cancellationToken))
        {
            throw Validation.Fail("Delete", "A senior lead has proposed new wording for this text: accept or return the proposal first");
        }

        // Decided proposals keep their wording but no longer point at the deleted block.
        foreach (var proposal in await db.StatementProposals.Where(p => p.AreaStatementId == statement.Id).ToListAsync(cancellationToken))
        {
            proposal.AreaStatementId = null;
        }

        db.Entry(statement).Property(s => s.Version).OriginalValue = command.Version;
        db.AreaStatements.Remove(statement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else changed this text after you opened it, so it has not been deleted. Check their version first.", new Dictionary<string, string?>());
        }

        return FrameworkScope.YearSlug(statement.Year);
    }
}
