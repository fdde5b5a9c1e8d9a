using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class StatementProposalTests
{
    private static readonly Actor Lead = new("lead", "Demo Senior Lead", new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Governance = new("gov", "Demo Governance Officer", new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc));

    private static StatementProposal Proposal() => new()
    {
        GovernanceAreaId = 1,
        AreaStatementId = 7,
        Year = new ReportingYear(2017),
        Kind = StatementKind.ActivityDuringYear,
        ProposedText = "New wording",
        ProposedByUserId = Lead.UserId,
        ProposedByName = Lead.Name,
        ProposedAtUtc = Lead.AtUtc,
    };

    [Fact]
    public void Accept_Pending_RecordsWhoDecidedAndWhen()
    {
        var proposal = Proposal();

        proposal.Accept(Governance);

        Assert.Equal(ProposalStatus.Accepted, proposal.Status);
        Assert.Equal(Governance.Name, proposal.DecidedByName);
        Assert.Equal(Governance.AtUtc, proposal.DecidedAtUtc);
        Assert.Null(proposal.DecisionComment);
    }

    [Theory]
    [InlineData(ProposalStatus.Accepted, "accepted")]
    [InlineData(ProposalStatus.Returned, "returned")]
    [InlineData(ProposalStatus.Withdrawn, "withdrawn")]
    public void Accept_AlreadyDecided_IsRefusedAndLeavesTheDecision(ProposalStatus decided, string word)
    {
        var proposal = Decided(decided);
        var at = proposal.DecidedAtUtc;

        var problem = Assert.Throws<DomainException>(() => proposal.Accept(Governance));

        Assert.Equal($"This proposal has already been decided: it was {word}.", problem.Message);
        Assert.Equal(decided, proposal.Status);
        Assert.Equal(at, proposal.DecidedAtUtc);
    }

    [Fact]
    public void Return_WithComment_KeepsTheCommentForTheLead()
    {
        var proposal = Proposal();

        proposal.Return(Governance, "Please say which board agreed this");

        Assert.Equal(ProposalStatus.Returned, proposal.Status);
        Assert.Equal("Please say which board agreed this", proposal.DecisionComment);
        Assert.Equal(Governance.Name, proposal.DecidedByName);
        Assert.Equal(Governance.AtUtc, proposal.DecidedAtUtc);
    }

    [Fact]
    public void Return_WithoutComment_IsRefused()
    {
        var proposal = Proposal();

        Assert.Throws<DomainException>(() => proposal.Return(Governance, "  "));

        Assert.Equal(ProposalStatus.Pending, proposal.Status);
    }

    [Fact]
    public void Return_AlreadyAccepted_IsRefused()
    {
        var proposal = Decided(ProposalStatus.Accepted);

        Assert.Throws<DomainException>(() => proposal.Return(Governance, "Too late"));

        Assert.Equal(ProposalStatus.Accepted, proposal.Status);
        Assert.Null(proposal.DecisionComment);
    }

    [Fact]
    public void Withdraw_ByTheLeadWhoProposed_RecordsTheLeadAsDecider()
    {
        var proposal = Proposal();

        proposal.Withdraw(Lead with { AtUtc = Governance.AtUtc });

        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.Equal(Lead.Name, proposal.DecidedByName);
        Assert.Equal(Governance.AtUtc, proposal.DecidedAtUtc);
    }

    [Fact]
    public void Withdraw_BySomeoneElse_IsRefused()
    {
        var proposal = Proposal();

        Assert.Throws<DomainException>(() => proposal.Withdraw(Governance));

        Assert.Equal(ProposalStatus.Pending, proposal.Status);
    }

    [Fact]
    public void Withdraw_AlreadyDecided_IsRefusedSayingHow()
    {
        var proposal = Decided(ProposalStatus.Returned);

        var problem = Assert.Throws<DomainException>(() => proposal.Withdraw(Lead));

        Assert.Equal("This proposal can no longer be withdrawn: it has been returned.", problem.Message);
    }

    [Fact]
    public void ForgetDeletedBlock_Decided_KeepsWordingWithoutTheBlock()
    {
        var proposal = Decided(ProposalStatus.Accepted);

        proposal.ForgetDeletedBlock();

        Assert.Null(proposal.AreaStatementId);
        Assert.Equal("New wording", proposal.ProposedText);
    }

    [Fact]
    public void ForgetDeletedBlock_Pending_IsRefusedSoTheBlockIsKept()
    {
        var proposal = Proposal();

        Assert.Throws<DomainException>(proposal.ForgetDeletedBlock);

        Assert.Equal(7, proposal.AreaStatementId);
    }

    private static StatementProposal Decided(ProposalStatus status)
    {
        var proposal = Proposal();
        switch (status)
        {
            case ProposalStatus.Accepted:
                proposal.Accept(Governance);
                break;
            case ProposalStatus.Returned:
                proposal.Return(Governance, "Not this year");
                break;
            case ProposalStatus.Withdrawn:
                proposal.Withdraw(Lead);
                break;
        }

        return proposal;
    }
}
