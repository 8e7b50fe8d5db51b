using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Review.Chains;
using GovSites.Platform;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review.Articles;

/// <summary>
/// 送审 and 撤回送审. Content may not know Review, so both live here: each changes the article's state
/// and the review in one SaveChangesAsync (one transaction, with its audit entries).
/// </summary>
public sealed class SubmitForReview(GovSitesDbContext db, SiteDirectory directory, CurrentStaff staff, TimeProvider time)
{
    /// <summary>Starts the chain of the article's channel, else of its site. Throws <see cref="RuleViolationException"/> when it may not.</summary>
    public async Task<Review> SubmitAsync(Article article, CancellationToken cancellationToken = default)
    {
        var chain = await ChainForAsync(article, cancellationToken)
            ?? throw new RuleViolationException("该站点尚未设置审核流程，暂时不能送审。请联系县信息化管理办公室（平台管理员）设置。");
        var revision = await db.Set<ArticleRevision>().AsNoTracking()
            .Where(r => r.ArticleId == article.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new RuleViolationException("稿件还没有保存过，请先保存再送审。");
        var site = await directory.SiteAsync(article.SiteId, cancellationToken)
            ?? throw new InvalidOperationException($"Article {article.Id} points at site {article.SiteId}, which does not exist.");

        article.Submit();
        var review = Review.Start(chain, new Review.Submission(
            article.Id, revision.Id, article.SiteId, article.ChannelId, site.UnitId, article.CreatedById,
            revision.IsExternalSource, staff.AccountId, time.GetUtcNow()));
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    /// <summary>Ends the review in progress; the article is a draft again.</summary>
    public async Task RecallAsync(Article article, CancellationToken cancellationToken = default)
    {
        var review = await db.Set<Review>()
            .Where(r => r.ArticleId == article.Id && r.State == ReviewState.InProgress)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new RuleViolationException("该稿件不在审核中，无需撤回。");
        review.Recall(staff.AccountId, time.GetUtcNow());
        article.Recall();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The channel's own chain, else the site's.</summary>
    public Task<ReviewChain?> ChainForAsync(Article article, CancellationToken cancellationToken = default) =>
        db.Set<ReviewChain>().Include(c => c.Steps)
            .Where(c => c.SiteId == article.SiteId && (c.ChannelId == article.ChannelId || c.ChannelId == null))
            .OrderBy(c => c.ChannelId == null)
            .FirstOrDefaultAsync(cancellationToken);
}
