using GovSites.Modules.Organization;

namespace GovSites.Modules.Review.Chains;

/// <summary>The chain form: up to five ordinary steps, the source check and the confidentiality sign-off.</summary>
public sealed class ChainInput
{
    public bool AllowSelfApproval { get; set; }

    /// <summary>Always <see cref="ReviewChainRules.MaxOrdinarySteps"/> rows; blank rows are not steps.</summary>
    public List<StepInput> Steps { get; set; } = [];

    public StepInput SourceCheck { get; set; } = new();

    public StepInput Secrecy { get; set; } = new();

    public int Version { get; set; }

    public sealed class StepInput
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public List<int> AccountIds { get; set; } = [];

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrEmpty(Role) && AccountIds.Count == 0;

        public static StepInput From(ReviewChainStep step) => new() { Name = step.Name, Role = step.Role, AccountIds = [.. step.AccountIds] };
    }

    /// <summary>初审 by the unit's reviewer, the source check by the same role, the sign-off by the secrecy reviewer.</summary>
    public static ChainInput Default() => new ChainInput
    {
        Steps = [new() { Name = "初审", Role = RoleNames.Reviewer }],
        SourceCheck = new() { Name = "来源审核", Role = RoleNames.Reviewer },
        Secrecy = new() { Name = "保密审查", Role = RoleNames.SecrecyReviewer },
    }.Padded();

    public static ChainInput From(ReviewChain chain) => new ChainInput
    {
        AllowSelfApproval = chain.AllowSelfApproval,
        Steps = [.. chain.Steps.Where(s => s.Kind == ReviewStepKind.Ordinary).OrderBy(s => s.Order).Select(StepInput.From)],
        SourceCheck = chain.Steps.Where(s => s.Kind == ReviewStepKind.SourceCheck).Select(StepInput.From).FirstOrDefault() ?? new(),
        Secrecy = chain.Steps.Where(s => s.Kind == ReviewStepKind.Secrecy).Select(StepInput.From).FirstOrDefault() ?? new(),
        Version = chain.Version,
    }.Padded();

    /// <summary>Fills the form up to five ordinary rows (a post may carry fewer, or more from a forged form).</summary>
    public ChainInput Padded()
    {
        while (Steps.Count < ReviewChainRules.MaxOrdinarySteps)
        {
            Steps.Add(new());
        }

        return this;
    }

    /// <summary>
    /// The steps in the order they are taken: the ordinary ones, the source check, and the confidentiality
    /// sign-off last, so nothing is looked at again after it.
    /// </summary>
    public List<ReviewChainStep> ToSteps()
    {
        var steps = Steps.Where(s => !s.IsBlank).Select(s => Step(s, ReviewStepKind.Ordinary)).ToList();
        steps.Add(Step(SourceCheck, ReviewStepKind.SourceCheck));
        steps.Add(Step(Secrecy, ReviewStepKind.Secrecy));
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Order = i + 1;
        }

        return steps;
    }

    private static ReviewChainStep Step(StepInput input, ReviewStepKind kind) => new()
    {
        Name = input.Name?.Trim() ?? string.Empty,
        Kind = kind,
        Role = string.IsNullOrEmpty(input.Role) ? null : input.Role,
        AccountIds = [.. input.AccountIds.Distinct()],
    };
}
