using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;

namespace GovernancePortal.UnitTests.Domain;

/// <summary>Building, issuing, locking and copying a survey; completing, signing and reopening a return.</summary>
public sealed class SurveyTests
{
    private static readonly DateOnly Today = new(2019, 12, 2);
    private static readonly Actor Governance = new("gov", "Demo Met Governance Officer", new DateTime(2019, 12, 2, 10, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Lead = new("lead", "Demo Senior Lead", new DateTime(2019, 12, 10, 10, 0, 0, DateTimeKind.Utc));

    private static readonly Person Signatory = new() { Id = 1, OrganisationId = 1, JobTitle = "AC Professionalism", BusinessGroup = "Professionalism" };
    private static readonly Person Delegate = new() { Id = 2, OrganisationId = 1, JobTitle = "Chief of Staff, Professionalism" };

    /// <summary>An issued survey with two sections (a required rating and an optional text each) and one return.</summary>
    private static (Survey Survey, SurveyReturn Return) Issued()
    {
        var survey = Draft();
        var surveyReturn = survey.Assign(Signatory, null, Today.AddDays(39), [Delegate], Today);
        survey.Issue(Governance, Today);
        return (survey, surveyReturn);
    }

    private static Survey Draft()
    {
        var survey = Survey.Start(1, new ReportingYear(2019), "Statement of Internal Control 2019/20");
        var ids = 1;
        foreach (var title in new[] { "Capability, training and development", "Decision-making" })
        {
            var section = survey.AddSection(title, "Consider the key controls.", null);
            section.Id = ids++;
            survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance can you give for {title}?", null, required: true).Id = ids++;
            survey.AddQuestion(section, QuestionKind.Text, "Anything else?", null, required: false).Id = ids++;
        }

        return survey;
    }

    private static SurveySection Section(Survey survey, int index) => survey.OrderedSections.ElementAt(index);

    private static AnswerInput Rating(SurveySection section, int rating, string? narrative = null) =>
        new(section.OrderedQuestions.First().Id, rating, null, narrative, null);

    private static void CompleteAll(Survey survey, SurveyReturn surveyReturn, Actor actor)
    {
        foreach (var section in survey.OrderedSections)
        {
            surveyReturn.SaveSection(survey, section, [Rating(section, 1)], markComplete: true, actor);
        }
    }

    [Fact]
    public void Issue_SectionWithoutQuestions_IsRefused()
    {
        var survey = Draft();
        survey.AddSection("Empty", null, null);
        survey.Assign(Signatory, null, Today.AddDays(10), [], Today);

        var refused = Assert.Throws<DomainException>(() => survey.Issue(Governance, Today));

        Assert.Contains("at least one question", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SurveyStatus.Draft, survey.Status);
    }

    [Fact]
    public void Issue_NoRespondents_IsRefused()
    {
        var survey = Draft();

        Assert.Throws<DomainException>(() => survey.Issue(Governance, Today));
    }

    [Fact]
    public void Issue_Draft_LocksStructureAndRecordsInvitations()
    {
        var (survey, surveyReturn) = Issued();

        Assert.Equal(SurveyStatus.Issued, survey.Status);
        Assert.Equal(ReturnEventKind.Invited, Assert.Single(surveyReturn.Events).Kind);
        Assert.Throws<DomainException>(() => survey.AddSection("Late", null, null));
        Assert.Throws<DomainException>(() => survey.AddQuestion(Section(survey, 0), QuestionKind.Text, "Late?", null, required: false));
        Assert.Throws<DomainException>(() => survey.RemoveSection(Section(survey, 0)));
        Assert.Throws<DomainException>(() => survey.EditQuestion(Section(survey, 0).OrderedQuestions.First(), QuestionKind.Text, "Changed", null, required: true));
        Assert.Throws<DomainException>(() => survey.Configure(new SurveySettings(survey.Title, null, "Good\nBad", 1, 1, survey.Declaration, "7,1", 7, 7)));
    }

    [Fact]
    public void CorrectWording_Issued_KeepsTheEarlierWordingAsAVersion()
    {
        var (survey, _) = Issued();
        var question = Section(survey, 0).OrderedQuestions.First();
        var original = question.Text;

        survey.CorrectWording(question, "How much assurance can you give for capability and training?", null, "Typo in the area name", Governance);

        Assert.Equal(2, question.WordingVersion);
        var earlier = Assert.Single(question.Wordings);
        Assert.Equal((1, original, "Typo in the area name"), (earlier.WordingVersion, earlier.Text, earlier.Reason));
    }

    [Fact]
    public void CorrectWording_WithoutReason_IsRefused()
    {
        var (survey, _) = Issued();

        Assert.Throws<DomainException>(() => survey.CorrectWording(Section(survey, 0).OrderedQuestions.First(), "New words", null, " ", Governance));
    }

    [Fact]
    public void Configure_IssuedSurveyRemindersOnly_IsAllowed()
    {
        var (survey, _) = Issued();

        survey.Configure(new SurveySettings(survey.Title, "Please return by early January.", survey.ScaleLabels, survey.NarrativeRequiredFrom, survey.FlagFrom, survey.Declaration, "14, 7, 1", 7, 14));

        Assert.Equal([14, 7, 1], survey.ReminderOffsets);
        Assert.Equal(14, survey.EscalateAfterDaysOverdue);
    }

    [Fact]
    public void CopyFor_NextYear_CopiesStructureButNoRespondentsOrAnswers()
    {
        var (survey, surveyReturn) = Issued();
        CompleteAll(survey, surveyReturn, Lead);

        var copy = survey.CopyFor(new ReportingYear(2020), "Statement of Internal Control 2020/21");

        Assert.Equal(SurveyStatus.Draft, copy.Status);
        Assert.Empty(copy.Returns);
        Assert.Equal(survey.OrderedSections.Select(s => s.Title), copy.OrderedSections.Select(s => s.Title));
        Assert.All(copy.Sections.SelectMany(s => s.Questions), q => Assert.Equal(1, q.WordingVersion));
        Assert.Equal(survey.ScaleLabels, copy.ScaleLabels);
    }

    [Fact]
    public void Assign_SamePersonTwice_IsRefused()
    {
        var survey = Draft();
        survey.Assign(Signatory, null, Today.AddDays(10), [], Today);

        Assert.Throws<DomainException>(() => survey.Assign(Signatory, null, Today.AddDays(10), [], Today));
    }

    [Fact]
    public void Assign_DeadlineInThePast_IsRefused()
    {
        Assert.Throws<DomainException>(() => Draft().Assign(Signatory, null, Today.AddDays(-1), [], Today));
    }

    [Fact]
    public void Assign_NoGroupGiven_TakesThePersonsBusinessGroup()
    {
        var surveyReturn = Draft().Assign(Signatory, null, Today.AddDays(10), [], Today);

        Assert.Equal("Professionalism", surveyReturn.BusinessGroup);
    }

    [Fact]
    public void SaveSection_Unfinished_SavesAndShowsInProgress()
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);

        surveyReturn.SaveSection(survey, section, [Rating(section, 0)], markComplete: false, Lead);

        Assert.Equal(ReturnStatus.InProgress, surveyReturn.Status);
        Assert.Equal(SectionProgress.InProgress, surveyReturn.ProgressOf(section));
        Assert.Equal(SectionProgress.NotStarted, surveyReturn.ProgressOf(Section(survey, 1)));
    }

    [Fact]
    public void SaveSection_CompleteWithoutRequiredRating_IsRefusedAndNothingSaved()
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);

        var refused = Assert.Throws<AnswerProblemsException>(() => surveyReturn.SaveSection(survey, section, [], markComplete: true, Lead));

        Assert.Equal(AnswerField.Rating, Assert.Single(refused.Problems).Field);
        Assert.Empty(surveyReturn.Sections);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void SaveSection_RatingAtOrBelowThresholdWithoutNarrative_NeedsNarrative(int rating, bool refused)
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);

        var problems = SurveyReturn.Check(survey, section, [Rating(section, rating)], markComplete: true);

        Assert.Equal(refused, problems.Any(p => p.Field == AnswerField.Text));
    }

    [Fact]
    public void SaveSection_LimitedAssuranceWithNarrative_Completes()
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);

        surveyReturn.SaveSection(survey, section, [Rating(section, 2, "Training records are incomplete in two commands.")], markComplete: true, Lead);

        Assert.Equal(SectionProgress.Completed, surveyReturn.ProgressOf(section));
        Assert.Equal("Limited assurance", survey.RatingLabel(surveyReturn.Sections[0].Answers[0].Rating));
    }

    [Fact]
    public void SaveSection_RatingOffTheScale_IsRefused()
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);

        Assert.Throws<AnswerProblemsException>(() => surveyReturn.SaveSection(survey, section, [Rating(section, 9)], markComplete: false, Lead));
    }

    [Fact]
    public void Submit_Incomplete_IsRefused()
    {
        var (survey, surveyReturn) = Issued();
        var section = Section(survey, 0);
        surveyReturn.SaveSection(survey, section, [Rating(section, 0)], markComplete: true, Lead);

        Assert.Throws<DomainException>(() => surveyReturn.Submit(survey, [Signatory.Id], "A Lead", "AC Professionalism", Lead.Day, confirmed: true, Lead));
        Assert.Equal(ReturnStatus.InProgress, surveyReturn.Status);
    }

    [Fact]
    public void Submit_ByDelegate_IsRefusedThoughTheDelegateMayDraft()
    {
        var (survey, surveyReturn) = Issued();

        CompleteAll(survey, surveyReturn, Lead);
        var refused = Assert.Throws<DomainException>(() => surveyReturn.Submit(survey, [Delegate.Id], "A Delegate", "Chief of Staff", Lead.Day, confirmed: true, Lead));

        Assert.True(surveyReturn.CanDraft([Delegate.Id]));
        Assert.False(surveyReturn.CanSign([Delegate.Id]));
        Assert.Contains("Only the named signatory", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_WithoutConfirmation_IsRefused()
    {
        var (survey, surveyReturn) = Issued();
        CompleteAll(survey, surveyReturn, Lead);

        Assert.Throws<DomainException>(() => surveyReturn.Submit(survey, [Signatory.Id], "A Lead", "AC Professionalism", Lead.Day, confirmed: false, Lead));
    }

    [Fact]
    public void Submit_Complete_LocksTheReturn()
    {
        var (survey, surveyReturn) = Issued();
        CompleteAll(survey, surveyReturn, Lead);

        surveyReturn.Submit(survey, [Signatory.Id], "Helen Ball", "AC Professionalism", Lead.Day, confirmed: true, Lead);

        Assert.Equal(ReturnStatus.Submitted, surveyReturn.Status);
        Assert.Equal(("Helen Ball", "AC Professionalism", Lead.Day), (surveyReturn.SignedByName, surveyReturn.SignedByRole, surveyReturn.SignedOn));
        var section = Section(survey, 0);
        Assert.Throws<DomainException>(() => surveyReturn.SaveSection(survey, section, [Rating(section, 0)], markComplete: true, Lead));
        Assert.True(ResponseRate.Counts(surveyReturn.Status));
    }

    [Fact]
    public void Reopen_Submitted_RecordsReasonAndNeedsSigningAgain()
    {
        var (survey, surveyReturn) = Issued();
        CompleteAll(survey, surveyReturn, Lead);
        surveyReturn.Submit(survey, [Signatory.Id], "Helen Ball", "AC Professionalism", Lead.Day, confirmed: true, Lead);

        surveyReturn.Reopen(survey, "Area 5 rating contradicts the DARA report", Governance with { AtUtc = Lead.AtUtc.AddDays(1) });

        Assert.Equal(ReturnStatus.Reopened, surveyReturn.Status);
        Assert.Null(surveyReturn.SignedByName);
        Assert.Equal("Area 5 rating contradicts the DARA report", surveyReturn.Events.Last().Note);
        Assert.False(ResponseRate.Counts(surveyReturn.Status));
        var section = Section(survey, 0);
        surveyReturn.SaveSection(survey, section, [Rating(section, 1)], markComplete: true, Lead);
    }

    [Fact]
    public void Reopen_NotSubmitted_IsRefused()
    {
        var (survey, surveyReturn) = Issued();

        Assert.Throws<DomainException>(() => surveyReturn.Reopen(survey, "Why", Governance));
    }

    [Fact]
    public void Reopen_WithoutReason_IsRefused()
    {
        var (survey, surveyReturn) = Issued();
        CompleteAll(survey, surveyReturn, Lead);
        surveyReturn.Submit(survey, [Signatory.Id], "Helen Ball", "AC Professionalism", Lead.Day, confirmed: true, Lead);

        Assert.Throws<DomainException>(() => surveyReturn.Reopen(survey, "", Governance));
    }

    [Fact]
    public void IsOverdue_AfterDeadlineUntilSubmitted_IsTrue()
    {
        var (survey, surveyReturn) = Issued();
        var late = surveyReturn.Deadline.AddDays(3);

        Assert.False(surveyReturn.IsOverdue(surveyReturn.Deadline));
        Assert.Equal(3, surveyReturn.DaysOverdue(late));
        CompleteAll(survey, surveyReturn, Lead);
        surveyReturn.Submit(survey, [Signatory.Id], "Helen Ball", "AC Professionalism", Lead.Day, confirmed: true, Lead);
        Assert.False(surveyReturn.IsOverdue(late));
    }

    [Fact]
    public void OverdueOn_AsAQuery_AgreesWithTheReturn()
    {
        var (survey, surveyReturn) = Issued();
        var late = surveyReturn.Deadline.AddDays(1);
        var query = ReturnRules.OverdueOn(late).Compile();

        Assert.True(query(surveyReturn));
        Assert.Equal(surveyReturn.IsOverdue(surveyReturn.Deadline), ReturnRules.OverdueOn(surveyReturn.Deadline).Compile()(surveyReturn));
        CompleteAll(survey, surveyReturn, Lead);
        surveyReturn.Submit(survey, [Signatory.Id], "Helen Ball", "AC Professionalism", Lead.Day, confirmed: true, Lead);
        Assert.False(query(surveyReturn));
    }

    [Fact]
    public void Close_Issued_StopsAnswers()
    {
        var (survey, surveyReturn) = Issued();

        survey.Close(Governance);

        var section = Section(survey, 0);
        Assert.Throws<DomainException>(() => surveyReturn.SaveSection(survey, section, [Rating(section, 0)], markComplete: false, Lead));
    }

    [Fact]
    public void ResponseRate_FiftyEightOfHundred_ReadsAsThePapersDo()
    {
        Assert.Equal("58 of 100 returned — 58%", new ResponseRate(58, 100).ToString());
        Assert.Equal(0, new ResponseRate(0, 0).Percent);
        Assert.Equal(67, new ResponseRate(2, 3).Percent);
        Assert.Equal([ReturnStatus.Submitted], ResponseRate.CountedStatuses);
    }
}
