using GovSites.Modules.Organization;
using GovSites.Modules.Review.Chains;

namespace GovSites.UnitTests.Review;

/// <summary>What a chain must have: 1–5 ordinary steps, one confidentiality sign-off, one source check, holders of the unit.</summary>
public sealed class ReviewChainRulesTests
{
    private static readonly HashSet<int> UnitAccounts = [1, 2, 3];

    private static ChainInput Valid() => ChainInput.Default();

    private static List<string> Errors(ChainInput input) => ReviewChainRules.Validate(input.ToSteps(), UnitAccounts);

    [Fact]
    public void Validate_DefaultChain_HasNoErrors()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Fact]
    public void ToSteps_DefaultChain_OrdersOrdinaryThenSourceCheckThenSecrecy()
    {
        var steps = Valid().ToSteps();

        Assert.Equal([ReviewStepKind.Ordinary, ReviewStepKind.SourceCheck, ReviewStepKind.Secrecy], steps.Select(s => s.Kind));
        Assert.Equal([1, 2, 3], steps.Select(s => s.Order));
    }

    [Fact]
    public void Validate_NoOrdinaryStep_IsRefused()
    {
        var input = Valid();
        input.Steps[0] = new();

        Assert.Contains("至少需要设置一个审核环节（如“初审”）。", Errors(input));
    }

    [Fact]
    public void Validate_FiveOrdinarySteps_AreAllowedAndSixAreNot()
    {
        var input = Valid();
        for (var i = 0; i < 5; i++)
        {
            input.Steps[i] = new() { Name = $"环节{i + 1}", Role = RoleNames.Reviewer };
        }

        Assert.Empty(Errors(input));
        input.Steps.Add(new() { Name = "环节6", Role = RoleNames.Reviewer });
        Assert.Contains("审核环节最多 5 个（不含保密审查和来源审核）。", Errors(input));
    }

    [Fact]
    public void Validate_StepsWithoutSecrecy_IsRefused()
    {
        var steps = Valid().ToSteps().Where(s => s.Kind != ReviewStepKind.Secrecy).ToList();

        Assert.Contains("每个审核流程都必须有且只有一个保密审查环节，不能省略。", ReviewChainRules.Validate(steps, UnitAccounts));
    }

    [Fact]
    public void Validate_TwoSecrecySteps_IsRefused()
    {
        var steps = Valid().ToSteps();
        steps.Add(new ReviewChainStep { Order = 9, Name = "再次保密审查", Kind = ReviewStepKind.Secrecy, Role = RoleNames.SecrecyReviewer });

        Assert.Contains("每个审核流程都必须有且只有一个保密审查环节，不能省略。", ReviewChainRules.Validate(steps, UnitAccounts));
    }

    [Fact]
    public void Validate_StepsWithoutSourceCheck_IsRefused()
    {
        var steps = Valid().ToSteps().Where(s => s.Kind != ReviewStepKind.SourceCheck).ToList();

        Assert.Contains("必须设置一个来源审核环节，供非本单位制文使用。", ReviewChainRules.Validate(steps, UnitAccounts));
    }

    [Fact]
    public void Validate_BlankSecrecyFields_AskForNameAndHolder()
    {
        var input = Valid();
        input.Secrecy = new();

        var errors = Errors(input);

        Assert.Contains("第 3 个环节须填写名称。", errors);
        Assert.Contains("第 3 个环节须指定担任的角色或人员。", errors);
    }

    [Fact]
    public void Validate_SecrecyStepHeldByReviewerRole_IsRefused()
    {
        var input = Valid();
        input.Secrecy.Role = RoleNames.Reviewer;

        Assert.Contains("保密审查环节须由保密审查员或指定人员担任。", Errors(input));
    }

    [Fact]
    public void Validate_RoleAndNamedAccountsTogether_IsRefused()
    {
        var input = Valid();
        input.Steps[0].AccountIds = [1];

        Assert.Contains("“初审”环节请在“担任角色”和“指定人员”中选择其一。", Errors(input));
    }

    [Fact]
    public void Validate_NamedAccountsOfTheUnit_AreAllowed()
    {
        var input = Valid();
        input.Steps[0] = new() { Name = "分管领导审核", AccountIds = [2, 3] };
        input.Secrecy = new() { Name = "保密审查", AccountIds = [1] };

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void Validate_NamedAccountOfAnotherUnit_IsRefused()
    {
        var input = Valid();
        input.Steps[0] = new() { Name = "分管领导审核", AccountIds = [2, 99] };

        Assert.Contains("“分管领导审核”环节指定的人员须是本站点所属单位的工作人员。", Errors(input));
    }

    [Theory]
    [InlineData(RoleNames.PlatformAdmin)]
    [InlineData(RoleNames.Auditor)]
    [InlineData("Nobody")]
    public void Validate_RoleThatCannotHoldAStep_IsRefused(string role)
    {
        var input = Valid();
        input.Steps[0].Role = role;

        Assert.Contains("“初审”环节的担任角色无效。", Errors(input));
    }

    [Fact]
    public void Validate_NameTooLong_IsRefused()
    {
        var input = Valid();
        input.Steps[0].Name = new string('审', ReviewChainRules.MaxNameLength + 1);

        Assert.Single(Errors(input), e => e.EndsWith("的名称不能超过 20 个字。", StringComparison.Ordinal));
    }

    [Fact]
    public void ToSteps_BlankRowsBetweenSteps_AreSkippedAndTheRestRenumbered()
    {
        var input = Valid();
        input.Steps[2] = new() { Name = "分管领导审核", Role = RoleNames.Reviewer };

        var steps = input.ToSteps();

        Assert.Equal(["初审", "分管领导审核", "来源审核", "保密审查"], steps.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.Order));
    }
}
