namespace GovSites.Modules.Review;

/// <summary>
/// The person acting on a review, as far as the review needs to know them: their unit, roles, and
/// whether one of their grants covers the article's site and channel.
/// </summary>
public sealed record ReviewActor(int AccountId, string DisplayName, int UnitId, IReadOnlyCollection<string> Roles, bool HasGrant);
