using GovernancePortal.Application.Features.Framework.People;
using GovernancePortal.Application.Features.Framework.Principles;
using GovernancePortal.Application.Features.Framework.Proposals;
using GovernancePortal.Domain.Framework;

namespace GovernancePortal.UnitTests.Application;

public sealed class SubPrincipleLinesTests
{
    private static readonly (int Id, string Title)[] Existing = [(1, "Alpha"), (2, "Bravo"), (3, "Charlie")];

    [Fact]
    public void Plan_SameLines_KeepsEveryRowInPlace()
    {
        var plan = SubPrincipleLines.Plan(Existing, ["Alpha", "Bravo", "Charlie"]);

        Assert.Equal([new SubPrincipleLine(1, "Alpha", 1), new SubPrincipleLine(2, "Bravo", 2), new SubPrincipleLine(3, "Charlie", 3)], plan.Lines);
        Assert.Empty(plan.Removed);
    }

    [Fact]
    public void Plan_LinesReordered_KeepsRowsWithNewPositions()
    {
        var plan = SubPrincipleLines.Plan(Existing, ["Charlie", "Alpha", "Bravo"]);

        Assert.Equal([3, 1, 2], plan.Lines.Select(l => l.Id));
        Assert.Equal([1, 2, 3], plan.Lines.Select(l => l.SortOrder));
        Assert.Empty(plan.Removed);
    }

    [Fact]
    public void Plan_LineEdited_RetitlesTheRowItReplaced()
    {
        var plan = SubPrincipleLines.Plan(Existing, ["Alpha", "Bravo (revised)", "Charlie"]);

        Assert.Equal(new SubPrincipleLine(2, "Bravo (revised)", 2), plan.Lines[1]);
        Assert.Empty(plan.Removed);
    }

    [Fact]
    public void Plan_LinesAddedAndRemoved_AddsNewRowsAndRemovesLeftovers()
    {
        var added = SubPrincipleLines.Plan(Existing, ["Alpha", "Bravo", "Charlie", "Delta"]);
        Assert.Equal(new SubPrincipleLine(null, "Delta", 4), added.Lines[3]);

        var removed = SubPrincipleLines.Plan(Existing, ["Charlie"]);
        Assert.Equal([new SubPrincipleLine(3, "Charlie", 1)], removed.Lines);
        Assert.Equal([1, 2], removed.Removed);
    }

    [Fact]
    public void Plan_NoLines_RemovesEverything() =>
        Assert.Equal([1, 2, 3], SubPrincipleLines.Plan(Existing, []).Removed);

    [Fact]
    public void Plan_DuplicateLines_EachKeepsOneRowAtMost()
    {
        var plan = SubPrincipleLines.Plan([(1, "Same"), (2, "Other")], ["Same", "Same"]);

        Assert.Equal([1, 2], plan.Lines.Select(l => l.Id));
        Assert.Equal(["Same", "Same"], plan.Lines.Select(l => l.Title));
    }

    [Fact]
    public void Split_TextareaWithBlankLinesAndControlCharacters_GivesCleanLines() =>
        Assert.Equal(["One", "Two words", "<b>Three</b>"], SubPrincipleLines.Split("  One \r\n\r\n Two\twords\u0007\n\u0001\n<b>Three</b>\n"));
}

public sealed class DateFieldsTests
{
    [Theory]
    [InlineData("", "", "", "Enter the start date")]
    [InlineData("1", "", "", "Start date must include a month and a year")]
    [InlineData("", "4", "2017", "Start date must include a day")]
    [InlineData("1", "4", "17", "Year must include 4 numbers")]
    [InlineData("30", "2", "2020", "Start date must be a real date")]
    [InlineData("one", "4", "2017", "Start date must be a real date")]
    [InlineData("1", "4", "2017", null)]
    [InlineData(" 29 ", "02", "2020", null)]
    public void Problem_Fields_GivesGovUkMessage(string day, string month, string year, string? expected) =>
        Assert.Equal(expected, DateFields.Problem(day, month, year, "the start date", "Start date"));

    [Fact]
    public void Parse_ValidFields_GivesDate() =>
        Assert.Equal(new DateOnly(2020, 2, 29), DateFields.Parse("29", "2", "2020"));
}

public sealed class FrameworkValidatorTests
{
    [Fact]
    public void CreatePerson_OnlyControlCharactersAndBadEmail_GivesGovUkMessages()
    {
        var result = new CreatePerson.Validator().Validate(new CreatePerson.Command("mps", " \u0001 ", null, "not-an-email", null));

        Assert.Equal(
            [("JobTitle", "Enter the job title"), ("Email", "Enter an email address in the correct format, like name@example.org")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void CreatePerson_NoEmail_IsValid() =>
        Assert.True(new CreatePerson.Validator().Validate(new CreatePerson.Command("mps", "AC Professionalism", null, "  ", null)).IsValid);

    [Fact]
    public void CreatePerson_TooLongJobTitle_SaysHowLong()
    {
        var result = new CreatePerson.Validator().Validate(new CreatePerson.Command("mps", new string('x', 201), null, null, null));
        Assert.Equal(["Job title must be 200 characters or fewer"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void ChangeHolder_NobodyNamed_AsksForTheNewHolder()
    {
        var result = new ChangeHolder.Validator().Validate(new ChangeHolder.Command("mps", 1, " ", null, null, "1", "4", "2017", Guid.Empty));
        Assert.Equal([("FullName", "Enter the new holder's name, email address or account")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Propose_UnsafeLinkAndHostileText_ReportsTheLink()
    {
        var command = new ProposeChange.Command("mps", 1, 5, "<script>alert('x')</script>\u0000\u0007\u202E[link](javascript:alert(1)) " + new string('x', 10_000), "<img src=x onerror=alert(1)>");

        var result = new ProposeChange.Validator().Validate(command);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ProposedText", error.PropertyName);
        Assert.StartsWith("Links must start with https://", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_TextOverTheLimit_SaysHowLong()
    {
        var result = new ProposeChange.Validator().Validate(new ProposeChange.Command("mps", 1, 5, new string('x', 100_001), null));
        Assert.Equal(["The text must be 100,000 characters or fewer"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Propose_NewBlockWithoutKind_AsksWhereItGoes()
    {
        var result = new ProposeChange.Validator().Validate(new ProposeChange.Command("mps", 1, null, "Text", null, "NotAKind"));
        Assert.Equal([("Kind", "Select which part of the area's text the new block belongs to")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void ReturnProposal_BlankComment_IsRequired()
    {
        var result = new DecideProposal.ReturnValidator().Validate(new DecideProposal.ReturnCommand("mps", 1, Guid.Empty, " \n\u0001 "));
        Assert.Equal(["Enter a comment to tell the lead why you are returning their proposal"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void UpdatePrinciple_TooLongSubPrinciple_NamesTheLine()
    {
        var result = new EditPrinciple.Validator().Validate(new EditPrinciple.Command("mps", 1, "Title", "2", "Fine\n" + new string('y', 501), Guid.Empty));
        Assert.Equal([("SubPrinciples", "Sub-principle 2 must be 500 characters or fewer")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}
