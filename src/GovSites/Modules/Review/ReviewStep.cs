using GovSites.Modules.Review.Chains;

namespace GovSites.Modules.Review;

/// <summary>
/// One step of a review, copied from its chain at submission, so changing a chain later does not move
/// what is already under review.
/// </summary>
public sealed class ReviewStep
{
    public int Id { get; set; }

    public int ReviewId { get; set; }

    /// <summary>1, 2, … in the order the steps are taken.</summary>
    public int Order { get; set; }

    public required string Name { get; set; }

    public ReviewStepKind Kind { get; set; }

    /// <summary>Null when named accounts hold the step.</summary>
    public string? Role { get; set; }

    public List<int> AccountIds { get; set; } = [];

    /// <summary>
    /// Held by <paramref name="actor"/>: an account of the article's unit, named on the step, or holding
    /// its role with a grant covering the article.
    /// </summary>
    public bool IsHeldBy(ReviewActor actor, int unitId) =>
        actor.UnitId == unitId
        && (Role is null ? AccountIds.Contains(actor.AccountId) : actor.HasGrant && actor.Roles.Contains(Role));

    public static ReviewStep CopyOf(ReviewChainStep step, int order) => new()
    {
        Order = order,
        Name = step.Name,
        Kind = step.Kind,
        Role = step.Role,
        AccountIds = [.. step.AccountIds],
    };
}

/// <summary>审核意见：谁、何时、在哪个环节、通过还是退回、意见或退回原因。</summary>
public sealed class ReviewDecision
{
    public int Id { get; set; }

    public int ReviewId { get; set; }

    public int StepOrder { get; set; }

    public required string StepName { get; set; }

    public int AccountId { get; set; }

    /// <summary>The name at the time of the decision, as it was signed.</summary>
    public required string AccountName { get; set; }

    public ReviewDecisionKind Decision { get; set; }

    /// <summary>审核意见, or the reason of a return (required then).</summary>
    public string? Opinion { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
