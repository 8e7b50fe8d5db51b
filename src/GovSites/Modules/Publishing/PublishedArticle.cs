namespace GovSites.Modules.Publishing;

/// <summary>
/// An article page the live release of a site holds: its own articles and, on the portal, the copies of
/// adopted unit articles. List pages, the home page, feeds and the sitemap are rendered from these rows,
/// which the job that writes the pages updates, so a list never links to a page not yet written.
/// </summary>
public sealed class PublishedArticle
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int ArticleId { get; set; }

    public int ChannelId { get; set; }

    /// <summary>Relative to the release root: <c>{channelKey}/{articleId}.html</c>.</summary>
    public required string Path { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string Summary { get; set; }

    /// <summary>For a portal copy of an adopted article: the name of the unit credited; empty otherwise.</summary>
    public required string CreditUnit { get; set; }

    /// <summary>The attachments the page put under <c>files/</c>, as ",12,15," (so a removal keeps files other pages still use).</summary>
    public required string Files { get; set; }

    public PublishedArticle Copy() => (PublishedArticle)MemberwiseClone();

    /// <summary>Same page content for lists and feeds (ignores the database id).</summary>
    public bool SameListing(PublishedArticle other) =>
        ChannelId == other.ChannelId && Path == other.Path && Title == other.Title && PublishedAt == other.PublishedAt
        && Summary == other.Summary && CreditUnit == other.CreditUnit;
}
