namespace GovSites.Modules.Content;

/// <summary>What happened to an article that the public sites must follow.</summary>
public enum ArticleEventKind
{
    /// <summary>A revision became live (or will, at <see cref="ArticleEvent.DueAt"/>).</summary>
    Published = 0,

    /// <summary>撤稿</summary>
    Withdrawn = 1,

    /// <summary>The publication time of a live article changed.</summary>
    Rescheduled = 2,

    /// <summary>The article was placed in (or removed from) a channel of <see cref="ArticleEvent.SiteId"/>, another site than its own (采用).</summary>
    Placed = 3,
}

/// <summary>
/// The outbox of Content: written in the same transaction as the approval or withdrawal that causes it,
/// read by the publisher, which marks it processed. Nothing is published that has no event here.
/// </summary>
public sealed class ArticleEvent
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public int SiteId { get; set; }

    public ArticleEventKind Kind { get; set; }

    public int? RevisionId { get; set; }

    /// <summary>Not before this time (定时发布).</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}
