using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Hosting;

namespace GovernancePortal.IntegrationTests.Hosting;

public sealed class RoutingAndFormsTests
{
    [Theory]
    [InlineData("Account", "account")]
    [InlineData("ChangePassword", "change-password")]
    [InlineData("SignIn", "sign-in")]
    [InlineData("{id}", "{id}")]
    [InlineData("", "")]
    public void Kebab_PagePathSegment_IsLowerKebabCase(string segment, string expected) =>
        Assert.Equal(expected, KebabCaseRouteConvention.Kebab(segment));

    [Theory]
    [InlineData("Email", "Input.Email")]
    [InlineData("Roles[0]", "Input.Roles")]
    [InlineData("", "")]
    public void FieldKey_ValidatorPropertyName_MapsToBoundInput(string property, string expected) =>
        Assert.Equal(expected, UseCaseExceptionFilter.FieldKey(property));
}
