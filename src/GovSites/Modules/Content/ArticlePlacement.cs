namespace GovSites.Modules.Content;

/// <summary>
/// 采用: an article shown in a channel of another site (the portal), crediting the unit that wrote it. It
/// links to the same article record, so corrections approved at the source reach the placement. Written by
/// Submissions when the portal adopts; Publishing reads it (Publishing may not use Submissions).
/// </summary>
public sealed class ArticlePlacement
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The site that shows the article (the portal).</summary>
    public int SiteId { get; set; }

    /// <summary>The channel of <see cref="SiteId"/> that lists it.</summary>
    public int ChannelId { get; set; }

    /// <summary>The unit credited (来源), the owner of the article's own site.</summary>
    public int CreditUnitId { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>
    /// Places <paramref name="article"/> and records a <see cref="ArticleEventKind.Placed"/> event for the
    /// showing site, to be saved in the caller's transaction (the outbox the publisher reads).
    /// </summary>
    public static (ArticlePlacement Placement, ArticleEvent Event) Place(Article article, int siteId, int channelId, int creditUnitId, DateTimeOffset now) =>
        (new ArticlePlacement { ArticleId = article.Id, SiteId = siteId, ChannelId = channelId, CreditUnitId = creditUnitId, PlacedAt = now },
         new ArticleEvent { ArticleId = article.Id, SiteId = siteId, Kind = ArticleEventKind.Placed, RevisionId = article.LiveRevisionId, DueAt = now, CreatedAt = now });
}
