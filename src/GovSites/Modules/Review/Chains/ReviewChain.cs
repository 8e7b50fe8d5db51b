using GovSites.Platform.Data;

namespace GovSites.Modules.Review.Chains;

/// <summary>
/// 审核流程：某站点的稿件送审后依次经过的环节。A chain with a channel replaces the site's chain for the
/// articles of that channel. Sites and channels are plain ids: Review may not use the Sites module.
/// </summary>
public sealed class ReviewChain : IVersioned
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Null: the site's chain; otherwise the chain of that channel only.</summary>
    public int? ChannelId { get; set; }

    /// <summary>允许审核本人的稿件。Off by default: nobody approves what they wrote or submitted themselves.</summary>
    public bool AllowSelfApproval { get; set; }

    /// <summary>The ordinary steps in order, then the source check, then the confidentiality sign-off.</summary>
    public List<ReviewChainStep> Steps { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public int? UpdatedById { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// 审核环节。Held either by a role (its holders are the accounts of the site's unit with that role and
/// a grant on the site) or by named accounts of that unit; never both.
/// </summary>
public sealed class ReviewChainStep
{
    public int Id { get; set; }

    public int ChainId { get; set; }

    /// <summary>1, 2, … in the order the steps are taken.</summary>
    public int Order { get; set; }

    /// <summary>如“初审”“分管领导审核”“保密审查”“来源审核”。</summary>
    public required string Name { get; set; }

    public ReviewStepKind Kind { get; set; }

    /// <summary>A role of <see cref="Organization.RoleNames"/>; null when named accounts hold the step.</summary>
    public string? Role { get; set; }

    /// <summary>Named accounts holding the step; empty when a role holds it.</summary>
    public List<int> AccountIds { get; set; } = [];
}
