using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.UnitTests.Application;

public sealed class AccessMatrixTests
{
    private sealed class FakeUser(string[] roles, string[] organisations) : ICurrentUser
    {
        public string? UserId => "user";

        public string UserName => "user@example.org";

        public IReadOnlyCollection<string> OrganisationCodes => organisations;

        public bool IsInRole(string role) => roles.Contains(role);
    }

    [Fact]
    public void Allows_GovernanceTeam_EditsOwnOrganisationOnly()
    {
        var metGovernance = new FakeUser([AppRoles.GovernanceTeam], ["MPS"]);

        Assert.True(AccessMatrix.Allows(metGovernance, Permission.EditFramework, "MPS"));
        Assert.False(AccessMatrix.Allows(metGovernance, Permission.EditFramework, "MOPAC"));
        Assert.True(AccessMatrix.Allows(metGovernance, Permission.ViewFramework, "MOPAC"));
    }

    [Fact]
    public void CanViewYear_DraftOfAnotherOrganisation_IsRefusedToEveryRole()
    {
        foreach (var role in AppRoles.All)
        {
            var user = new FakeUser([role], ["MPS"]);
            Assert.False(AccessMatrix.CanViewYear(user, "MOPAC", published: false), role);
        }
    }

    [Fact]
    public void CanViewYear_PublishedYear_IsOpenToEveryRole()
    {
        foreach (var role in AppRoles.All)
        {
            Assert.True(AccessMatrix.CanViewYear(new FakeUser([role], []), "MOPAC", published: true), role);
        }
    }

    [Fact]
    public void ScopeFor_SeveralRoles_TakesTheWidest()
    {
        var user = new FakeUser([AppRoles.SeniorLead, AppRoles.Administrator], ["MPS"]);

        Assert.Equal(AccessScope.AllOrganisations, AccessMatrix.ScopeFor(user, Permission.ViewHistory));
        Assert.Equal(AccessScope.OwnOrganisations, AccessMatrix.ScopeFor(user, Permission.ProposeFrameworkText));
    }

    [Fact]
    public void Demand_NoRole_ThrowsForbidden()
    {
        var nobody = new FakeUser([], ["MPS"]);

        Assert.Throws<ForbiddenException>(() => AccessMatrix.Demand(nobody, Permission.ViewFramework, "MPS"));
    }

    [Fact]
    public void Grants_EveryRole_HasARowAndEveryPermissionIsGrantedSomewhere()
    {
        Assert.Equal(AppRoles.All.Order(), AccessMatrix.Grants.Keys.Order());
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.Contains(AccessMatrix.Grants.Values, g => g.ContainsKey(permission));
        }
    }
}
