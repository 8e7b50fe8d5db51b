using NetArchTest.Rules;

namespace GovSites.UnitTests;

/// <summary>Holds the module table of DESIGN.md: a module uses only the modules to its right (and Platform).</summary>
public sealed class ArchitectureTests
{
    public static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Organization"] = [],
        ["Sites"] = ["Organization"],
        ["Content"] = ["Sites", "Organization"],
        ["Review"] = ["Content", "Organization"],
        ["Submissions"] = ["Content", "Sites", "Organization"],
        ["Templates"] = ["Sites"],
        ["Publishing"] = ["Content", "Sites", "Templates"],
        ["Search"] = ["Publishing", "Sites"],
        ["Disclosure"] = ["Content", "Sites", "Organization"],
        ["Interaction"] = ["Sites", "Organization"],
        ["Services"] = ["Sites", "Content"],
        ["Projects"] = ["Sites", "Organization"],
        ["Monitoring"] = ["Sites", "Content", "Interaction"],
        ["Evaluation"] = ["Monitoring", "Submissions", "Interaction", "Disclosure"],
        ["Audit"] = ["Organization"],
    };

    public static TheoryData<string> Modules => [.. MayUse.Keys];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesOnlyTheModulesToItsRight(string module)
    {
        var forbidden = MayUse.Keys.Where(m => m != module && !MayUse[module].Contains(m)).Select(m => $"GovSites.Modules.{m}").ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespaceStartingWith($"GovSites.Modules.{module}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{module} uses a module it may not: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void ModulePages_UseOnlyTheModulesToTheRight(string module)
    {
        // Razor compiles Modules/<Module>/X.cshtml to AspNetCoreGeneratedDocument.Modules_<Module>_X.
        var forbidden = MayUse.Keys.Where(m => m != module && !MayUse[module].Contains(m)).Select(m => $"GovSites.Modules.{m}").ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().HaveNameStartingWith($"Modules_{module}_")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Pages of {module} use a module they may not: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void ModuleFolders_AreAllInTheTable()
    {
        var namespaces = typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith("GovSites.Modules.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[2])
            .Distinct();

        Assert.All(namespaces, m => Assert.Contains(m, MayUse.Keys));
    }

    [Fact]
    public void Rule_CatchesAForbiddenDependency()
    {
        // Organization may use no module; its DbContext-facing Grant mapping lives in Sites for that reason.
        // The same rule applied backwards (Sites may not use Organization) must fail, proving the check bites.
        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespaceStartingWith("GovSites.Modules.Sites")
            .ShouldNot().HaveDependencyOnAny("GovSites.Modules.Organization")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }
}
