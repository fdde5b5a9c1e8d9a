using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Surveys;

namespace GovernancePortal.UnitTests.Domain;

public sealed class RespondentUploadTests
{
    private static RespondentUpload Upload() => new() { FileName = "leads.csv", Content = [], UploadedByName = "Officer" };

    private static Actor Officer => new("u1", "Demo Officer", new DateTime(2020, 3, 1, 9, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void MarkApplied_FirstTime_RecordsWhoWhenAndHowMany()
    {
        var upload = Upload();

        upload.MarkApplied(3, Officer);

        Assert.True(upload.IsApplied);
        Assert.Equal((3, "Demo Officer", Officer.AtUtc), (upload.AddedCount, upload.AppliedByName, upload.AppliedAtUtc!.Value));
    }

    [Fact]
    public void MarkApplied_Twice_IsRefusedAndKeepsTheFirst()
    {
        var upload = Upload();
        upload.MarkApplied(3, Officer);

        var refused = Assert.Throws<DomainException>(() => upload.MarkApplied(5, Officer with { Name = "Someone else" }));

        Assert.StartsWith("This file has already been applied by Demo Officer: 3 respondents were added", refused.Message, StringComparison.Ordinal);
        Assert.Equal((3, "Demo Officer"), (upload.AddedCount, upload.AppliedByName));
    }

    [Fact]
    public void MarkApplied_NothingToAdd_IsRefused()
    {
        var upload = Upload();

        Assert.Throws<DomainException>(() => upload.MarkApplied(0, Officer));
        Assert.False(upload.IsApplied);
    }
}
