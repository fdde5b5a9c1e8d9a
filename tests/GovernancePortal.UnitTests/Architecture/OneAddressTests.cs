using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using GovernancePortal.Application.Common;

namespace GovernancePortal.UnitTests.Architecture;

/// <summary>
/// One address per use case: from a page's path a newcomer finds its use case and its tests at the same relative path
/// (<c>Web/Pages/X/Y.cshtml</c> ↔ <c>Application/Features/X/Y.cs</c> ↔ <c>IntegrationTests/Pages/X/YTests.cs</c>), every
/// validator stops at the first problem per field, and Application hands pages ids and slugs, never URLs.
/// </summary>
public sealed partial class OneAddressTests
{
    private static readonly string Root = FindRoot();

    private static string PagesFolder => Path.Combine(Root, "src", "GovernancePortal.Web", "Pages");

    private static string FeaturesFolder => Path.Combine(Root, "src", "GovernancePortal.Application", "Features");

    private static string PageTestsFolder => Path.Combine(Root, "tests", "GovernancePortal.IntegrationTests", "Pages");

    /// <summary>Every routable page, as its path under Pages without the extension ("Framework/Areas/Edit").</summary>
    public static TheoryData<string> Pages() => [.. PagePaths()];

    /// <summary>Pages that take a form (an OnPost handler).</summary>
    public static TheoryData<string> PagesWithPostHandlers() =>
        [.. PagePaths().Where(p => File.Exists(ModelFile(p)) && OnPost().IsMatch(File.ReadAllText(ModelFile(p))))];

    /// <summary>Pages whose model sends a use case (query or command) through the mediator.</summary>
    public static TheoryData<string> PagesSendingUseCases() =>
        [.. PagePaths().Where(p => File.Exists(ModelFile(p)) && File.ReadAllText(ModelFile(p)).Contains(".Send(", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(PagesWithPostHandlers))]
    public void PageWithPostHandler_HasSliceAtMirroredPath(string page) =>
        Assert.True(File.Exists(SliceFile(page)), $"Pages/{page}.cshtml takes a form, so its use case belongs in Application/Features/{page}.cs.");

    [Theory]
    [MemberData(nameof(PagesSendingUseCases))]
    public void PageSendingUseCase_HasSliceAtMirroredPath(string page) =>
        Assert.True(File.Exists(SliceFile(page)), $"Pages/{page}.cshtml sends a use case, so it belongs in Application/Features/{page}.cs.");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_Always_HasTestsAtMirroredPath(string page) =>
        Assert.True(File.Exists(TestsFile(page)), $"Pages/{page}.cshtml has no tests at tests/GovernancePortal.IntegrationTests/Pages/{page}Tests.cs.");

    [Theory]
    [MemberData(nameof(PagesWithPostHandlers))]
    public void Slice_AtMirroredPath_IsOneStaticClassNamedAfterTheUseCase(string page)
    {
        Assert.SkipUnless(File.Exists(SliceFile(page)), "No slice yet (the test above fails).");
        var source = File.ReadAllText(SliceFile(page));
        var classes = StaticClass().Matches(source);
        Assert.True(classes.Count >= 1, $"Application/Features/{page}.cs should hold one public static class named after its use case, with the Query, Command, Validator and Handler nested inside.");
        Assert.True(TopLevelType().Matches(source).Count == 1, $"Application/Features/{page}.cs should hold exactly one top-level type (the use case's static class).");
    }

    [Fact]
    public void Validator_Always_DerivesFromUseCaseValidator()
    {
        var offenders = typeof(UseCaseValidator<>).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IValidator).IsAssignableFrom(t))
            .Where(t => !DerivesFromGeneric(t, typeof(UseCaseValidator<>)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "These validators do not stop at the first problem per field (derive them from UseCaseValidator<T>): " + string.Join(", ", offenders));
    }

    [Fact]
    public void ApplicationTypes_Always_ExposeNoUrls()
    {
        var offenders = typeof(UseCaseValidator<>).Assembly.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => UrlName().IsMatch(x.Property.Name))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, "Application returns ids and slugs; the page builds the link: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ApplicationSource_Always_WritesNoSitePaths()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Root, "src", "GovernancePortal.Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(x => !x.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && SitePath().IsMatch(x.Text))
            .Select(x => $"{Path.GetRelativePath(Root, x.File)}:{x.Line}")
            .ToList();
        Assert.True(offenders.Count == 0, "Application writes site paths (the page should generate its links): " + string.Join(", ", offenders));
    }

    private static IEnumerable<string> PagePaths() =>
        Directory.EnumerateFiles(PagesFolder, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_') && File.ReadLines(f).FirstOrDefault()?.TrimStart().StartsWith("@page", StringComparison.Ordinal) == true)
            .Select(f => Path.GetRelativePath(PagesFolder, f)[..^".cshtml".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string ModelFile(string page) => Path.Combine(PagesFolder, page + ".cshtml.cs");

    private static string SliceFile(string page) => Path.Combine(FeaturesFolder, page + ".cs");

    private static string TestsFile(string page) => Path.Combine(PageTestsFolder, page + "Tests.cs");

    private static bool DerivesFromGeneric(Type type, Type generic)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == generic)
            {
                return true;
            }
        }

        return false;
    }

    private static string FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "GovernancePortal.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("The repository root (GovernancePortal.sln) was not found.");
    }

    [GeneratedRegex(@"\bpublic\s+(async\s+)?[\w<>]+\s+OnPost\w*\(")]
    private static partial Regex OnPost();

    [GeneratedRegex(@"^public\s+static\s+(partial\s+)?class\s+\w+", RegexOptions.Multiline)]
    private static partial Regex StaticClass();

    [GeneratedRegex(@"^(public|internal)\s+(sealed\s+|static\s+|abstract\s+|partial\s+)*(class|record|interface|enum|struct)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"(Url|Href|Link)$")]
    private static partial Regex UrlName();

    [GeneratedRegex(@"\$?""/[a-z{]")]
    private static partial Regex SitePath();
}
