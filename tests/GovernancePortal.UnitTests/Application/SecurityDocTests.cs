using System.Text;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.UnitTests.Application;

/// <summary>docs/security.md prints the authorization matrix; this keeps it in step with the code.</summary>
public sealed class SecurityDocTests
{
    public static string MatrixTable()
    {
        var table = new StringBuilder();
        table.Append("| Permission |");
        foreach (var role in AppRoles.All)
        {
            table.Append(' ').Append(AppRoles.DisplayName(role)).Append(" |");
        }

        table.Append('\n').Append("| --- |").Append(string.Concat(AppRoles.All.Select(_ => " --- |"))).Append('\n');
        foreach (var permission in Enum.GetValues<Permission>())
        {
            table.Append("| ").Append(AccessMatrix.Describe(permission)).Append(" |");
            foreach (var role in AppRoles.All)
            {
                var scope = AccessMatrix.Grants[role].GetValueOrDefault(permission);
                table.Append(' ').Append(scope switch
                {
                    AccessScope.AllOrganisations => "all",
                    AccessScope.OwnOrganisations => "own",
                    _ => "–",
                }).Append(" |");
            }

            table.Append('\n');
        }

        return table.ToString();
    }

    [Fact]
    public void SecurityDoc_Matrix_MatchesAccessMatrix()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "GovernancePortal.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var doc = File.ReadAllText(Path.Combine(root.FullName, "docs", "security.md")).ReplaceLineEndings("\n");
        Assert.True(doc.Contains(MatrixTable(), StringComparison.Ordinal), "docs/security.md is out of date; its matrix should read:\n" + MatrixTable());
    }
}
