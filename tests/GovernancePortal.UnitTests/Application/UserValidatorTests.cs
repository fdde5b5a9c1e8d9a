using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Account;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.UnitTests.Application;

public sealed class UserValidatorTests
{
    private static CreateUser.Command Valid() =>
        new("new.lead@example.org", "New Lead", "correct horse battery", [AppRoles.SeniorLead], ["MPS"]);

    [Fact]
    public void CreateUser_ValidCommand_HasNoErrors() =>
        Assert.True(new CreateUser.Validator().Validate(Valid()).IsValid);

    [Fact]
    public void CreateUser_ShortPassword_SaysHowLong()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Password = "short" });
        var error = Assert.Single(result.Errors);
        Assert.Equal("Password", error.PropertyName);
        Assert.Equal("Password must be 12 characters or more", error.ErrorMessage);
    }

    [Fact]
    public void CreateUser_EmptyPassword_GivesOnlyTheFirstProblem()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Password = "" });
        Assert.Equal(["Enter a password"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void CreateUser_NoCompositionRules_LongLowercasePassphraseAccepted() =>
        Assert.True(new CreateUser.Validator().Validate(Valid() with { Password = "purple elephants dance" }).IsValid);

    [Fact]
    public void CreateUser_BadEmail_GivesGovUkMessage()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Email = "not-an-email" });
        Assert.Contains(result.Errors, e => e.PropertyName == "Email" && e.ErrorMessage.StartsWith("Enter an email address in the correct format", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateUser_GovernanceTeamWithoutOrganisation_AsksForOne()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Roles = [AppRoles.GovernanceTeam], Organisations = [] });
        Assert.Contains(result.Errors, e => e.PropertyName == "Organisations" && e.ErrorMessage == "Select the organisation this user works for");
    }

    [Fact]
    public void CreateUser_PanelMemberWithoutOrganisation_IsAllowed() =>
        Assert.True(new CreateUser.Validator().Validate(Valid() with { Roles = [AppRoles.PanelMember], Organisations = [] }).IsValid);

    [Fact]
    public void CreateUser_UnknownRoleOrOrganisation_IsRejected()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Roles = ["Superuser"], Organisations = ["GLA"] });
        Assert.Contains(result.Errors, e => e.PropertyName == "Roles");
        Assert.Contains(result.Errors, e => e.PropertyName == "Organisations");
    }

    [Fact]
    public void CreateUser_NoRoles_AsksForOne()
    {
        var result = new CreateUser.Validator().Validate(Valid() with { Roles = [] });
        Assert.Contains(result.Errors, e => e.PropertyName == "Roles" && e.ErrorMessage == "Select at least one role");
    }

    [Fact]
    public void UpdateUser_AdministratorRemovingOwnAdminRole_IsRejected()
    {
        var validator = new EditUser.Validator(new FixedUser("admin-id"));
        var result = validator.Validate(new EditUser.Command("admin-id", "Admin", [AppRoles.GovernanceTeam], ["MPS"], "stamp"));
        Assert.Contains(result.Errors, e => e.ErrorMessage == "You cannot remove your own Administrator role");
        Assert.True(validator.Validate(new EditUser.Command("other-id", "Other", [AppRoles.GovernanceTeam], ["MPS"], "stamp")).IsValid);
    }

    [Fact]
    public void ChangePassword_ConfirmationDiffers_SaysPasswordsDoNotMatch()
    {
        var result = new ChangePassword.Validator().Validate(new ChangePassword.Command("old password here", "new password here", "new password hero"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("ConfirmNewPassword", error.PropertyName);
        Assert.Equal("The passwords do not match", error.ErrorMessage);
    }

    [Fact]
    public void ChangePassword_SameAsCurrent_IsRejected()
    {
        var result = new ChangePassword.Validator().Validate(new ChangePassword.Command("same password here", "same password here", "same password here"));
        Assert.Contains(result.Errors, e => e.PropertyName == "NewPassword" && e.ErrorMessage.Contains("different", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "a password", "Email", "Enter your email address")]
    [InlineData("   ", "a password", "Email", "Enter your email address")]
    [InlineData("someone@example.org", "", "Password", "Enter your password")]
    public void SignIn_EmptyField_AsksForIt(string email, string password, string field, string message)
    {
        var error = Assert.Single(new SignIn.Validator().Validate(new SignIn.Command(email, password)).Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void EditUser_FormReadFromDetails_SendsTheStampItWasReadWith()
    {
        var details = new EditUser.Details("id", "a@example.org", "A User", [AppRoles.Auditor], ["MPS"], false, false, false, DateTime.UnixEpoch, null, "stamp-1");
        var command = EditUser.Form.From(details).ToCommand("id");
        Assert.Equal(new EditUser.Command("id", "A User", command.Roles, command.Organisations, "stamp-1"), command);
        Assert.Equal([AppRoles.Auditor], command.Roles);
        Assert.Equal(["MPS"], command.Organisations);
    }

    private sealed class FixedUser(string id) : ICurrentUser
    {
        public string? UserId => id;

        public string UserName => "admin@example.org";

        public IReadOnlyCollection<string> OrganisationCodes => [];

        public bool IsInRole(string role) => role == AppRoles.Administrator;
    }
}
