using GovSites.Platform;
using GovSites.Platform.Data;

namespace GovSites.Modules.Content;

/// <summary>
/// 信息（稿件）：属于某站点的某栏目。The fields here are the working copy the editor shows; every save also
/// writes an <see cref="ArticleRevision"/>. What the public sees is <see cref="LiveRevisionId"/>. The
/// transitions are the only way to change <see cref="State"/>; each refuses an illegal move.
/// </summary>
public sealed class Article : IVersioned
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int ChannelId { get; set; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>来源</summary>
    public string? Source { get; set; }

    public string? Author { get; set; }

    /// <summary>发文机关</summary>
    public string? IssuingBody { get; set; }

    /// <summary>文号，如“双政办发〔2008〕25号”。</summary>
    public string? DocumentNumber { get; set; }

    public string? Summary { get; set; }

    /// <summary>关键词, separated by spaces or 、.</summary>
    public string? Keywords { get; set; }

    public int? CoverAttachmentId { get; set; }

    /// <summary>Sanitised HTML (Html/BodySanitizer).</summary>
    public required string Body { get; set; }

    /// <summary>非本单位制文：reposted from another agency or the media; gets the extra source check.</summary>
    public bool IsExternalSource { get; set; }

    /// <summary>Requested publication time (定时发布 when in the future); null: on approval.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    public ArticleState State { get; private set; }

    /// <summary>Number of the latest revision (1, 2, …).</summary>
    public int RevisionNumber { get; set; }

    /// <summary>The approved revision the public sees; null while nothing is published or after a withdrawal.</summary>
    public int? LiveRevisionId { get; private set; }

    /// <summary>The publication time shown on the site, <c>YYYY-MM-DD HH:MM</c>.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawReason { get; private set; }

    /// <summary>Why the publication time of the live article was last changed; the audit entry of the change carries it.</summary>
    public string? PublishedAtChangeReason { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int? CreatedById { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public bool IsLive(DateTimeOffset now) => LiveRevisionId is not null && PublishedAt <= now;

    /// <summary>The working copy may change: a draft, a returned article, or an approved one (which starts a new draft).</summary>
    public void Edit()
    {
        State = State switch
        {
            ArticleState.Draft or ArticleState.Returned or ArticleState.Approved or ArticleState.Withdrawn => ArticleState.Draft,
            _ => throw new RuleViolationException("稿件正在审核中，不能修改。如需修改，请先撤回送审。"),
        };
    }

    /// <summary>送审</summary>
    public void Submit()
    {
        if (State is not (ArticleState.Draft or ArticleState.Returned))
        {
            throw new RuleViolationException($"只有草稿或已退回的稿件可以送审，该稿件当前为“{State.ToChinese()}”。");
        }

        State = ArticleState.InReview;
    }

    /// <summary>撤回送审 (by the author, before a decision).</summary>
    public void Recall()
    {
        Require(ArticleState.InReview, "只有审核中的稿件可以撤回送审。");
        State = ArticleState.Draft;
    }

    /// <summary>退回：goes back to the author with the reviewer's reason (kept by the review).</summary>
    public void Return()
    {
        Require(ArticleState.InReview, "只有审核中的稿件可以退回。");
        State = ArticleState.Returned;
    }

    /// <summary>The last review step approved: <paramref name="revisionId"/> becomes live, now or at <see cref="PublishAt"/>.</summary>
    public void Approve(int revisionId, DateTimeOffset now)
    {
        Require(ArticleState.InReview, "只有审核中的稿件可以审核通过。");
        State = ArticleState.Approved;
        var firstPublication = LiveRevisionId is null && PublishedAt is null;
        LiveRevisionId = revisionId;
        if (firstPublication || PublishAt is not null)
        {
            PublishedAt = PublishAt is { } at && at > now ? at : PublishAt ?? now;
        }

        WithdrawnAt = null;
        WithdrawReason = null;
    }

    /// <summary>撤稿：removes the article from the site; the reason is required.</summary>
    public void Withdraw(string reason, DateTimeOffset now)
    {
        if (LiveRevisionId is null)
        {
            throw new RuleViolationException("该稿件尚未发布，无需撤稿。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("撤稿须填写原因。");
        }

        State = ArticleState.Withdrawn;
        LiveRevisionId = null;
        WithdrawnAt = now;
        WithdrawReason = reason.Trim();
    }

    /// <summary>
    /// Changes the publication time of a published article. Needs a reason, which the caller records; the
    /// audit trail keeps before and after (forged publication dates are a national veto item).
    /// </summary>
    public void ChangePublicationTime(DateTimeOffset publishedAt, string reason)
    {
        if (LiveRevisionId is null)
        {
            throw new RuleViolationException("只有已发布的稿件可以修改发布时间。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("修改发布时间须填写原因。");
        }

        PublishedAt = publishedAt;
        PublishAt = publishedAt;
        PublishedAtChangeReason = reason.Trim();
    }

    private void Require(ArticleState state, string message)
    {
        if (State != state)
        {
            throw new RuleViolationException($"{message}该稿件当前为“{State.ToChinese()}”。");
        }
    }
}
