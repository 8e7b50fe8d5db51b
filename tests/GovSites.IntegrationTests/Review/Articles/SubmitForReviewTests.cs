using System.Net;
using GovSites.IntegrationTests.Access;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Review;
using GovSites.Modules.Review.Chains;
using Microsoft.EntityFrameworkCore;
using ReviewProcess = GovSites.Modules.Review.Review;

namespace GovSites.IntegrationTests.Review.Articles;

/// <summary>送审 and 撤回送审 through <c>/admin/review/articles/{id}/submit|recall</c>.</summary>
public sealed class SubmitForReviewTests(GovSitesFactory factory) : ReviewTest(factory)
{
    [Fact]
    public async Task Submit_OwnDraft_StartsTheSiteChainWithoutTheSourceCheck()
    {
        var articleId = await CreateDraftAsync();
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitAsync(officer, articleId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleState.InReview, (await ArticleAsync(articleId)).State);
        var review = await WithDbAsync(db => db.Set<ReviewProcess>().Include(r => r.Steps).SingleAsync(r => r.ArticleId == articleId));
        Assert.Equal(["初审", "保密审查"], review.Steps.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.Equal((ReviewState.InProgress, 1), (review.State, review.CurrentStep));
        Assert.Equal(await AccountIdAsync("lbz.officer"), review.SubmittedById);
        var revisionId = await WithDbAsync(db => db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId).Select(r => r.Id).SingleAsync());
        Assert.Equal(revisionId, review.RevisionId);
        var (_, progress) = await officer.GetPageAsync($"/admin/review/articles/{articleId}");
        Assert.Contains("当前环节：初审", MainText(progress), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ExternalSource_AddsTheSourceCheck()
    {
        var articleId = await CreateDraftAsync(external: true);
        using var officer = await SignInAsync("lbz.officer");

        await SubmitAsync(officer, articleId);

        var steps = await WithDbAsync(db => db.Set<ReviewStep>().Where(s => db.Set<ReviewProcess>().Any(r => r.Id == s.ReviewId && r.ArticleId == articleId)).OrderBy(s => s.Order).Select(s => s.Name).ToListAsync());
        Assert.Equal(["初审", "来源审核", "保密审查"], steps);
    }

    [Fact]
    public async Task Submit_ChannelWithItsOwnChain_UsesTheChannelsChain()
    {
        var articleId = await CreateDraftAsync(channelKey: "zcwj");
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == articleId);
            var leader = await db.Users.Where(u => u.UserName == "lbz.reviewer").Select(u => u.Id).SingleAsync();
            db.Add(new ReviewChain
            {
                SiteId = article.SiteId,
                ChannelId = article.ChannelId,
                Steps =
                [
                    new() { Order = 1, Name = "初审", Kind = ReviewStepKind.Ordinary, Role = "Reviewer" },
                    new() { Order = 2, Name = "分管领导审核", Kind = ReviewStepKind.Ordinary, AccountIds = [leader] },
                    new() { Order = 3, Name = "来源审核", Kind = ReviewStepKind.SourceCheck, Role = "Reviewer" },
                    new() { Order = 4, Name = "保密审查", Kind = ReviewStepKind.Secrecy, Role = "SecrecyReviewer" },
                ],
            });
            await db.SaveChangesAsync();
        });
        using var officer = await SignInAsync("lbz.officer");

        await SubmitAsync(officer, articleId);

        var review = await WithDbAsync(db => db.Set<ReviewProcess>().Include(r => r.Steps).SingleAsync(r => r.ArticleId == articleId));
        Assert.Equal(["初审", "分管领导审核", "保密审查"], review.Steps.OrderBy(s => s.Order).Select(s => s.Name));
    }

    [Fact]
    public async Task Submit_SiteWithoutChain_SaysSoAndChangesNothing()
    {
        var articleId = await CreateDraftAsync();
        await WithDbAsync(async db =>
        {
            db.RemoveRange(await db.Set<ReviewChain>().Where(c => c.SiteId == db.Articles.Single(a => a.Id == articleId).SiteId).ToListAsync());
            await db.SaveChangesAsync();
        });
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitAsync(officer, articleId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("该站点尚未设置审核流程", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(articleId)).State);
        Assert.False(await WithDbAsync(db => db.Set<ReviewProcess>().AnyAsync(r => r.ArticleId == articleId)));
    }

    [Fact]
    public async Task Submit_ArticleOfAnotherUnit_IsNotFoundAndChangesNothing()
    {
        var articleId = await CreateDraftAsync(siteKey: "jyj", author: "jyj.officer");
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitAsync(officer, articleId);
        var (page, _) = await officer.GetPageAsync($"/admin/review/articles/{articleId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(articleId)).State);
        Assert.False(await WithDbAsync(db => db.Set<ReviewProcess>().AnyAsync(r => r.ArticleId == articleId)));
    }

    [Fact]
    public async Task Submit_AnotherOfficerOfTheSite_MaySubmitTheArticle()
    {
        var articleId = await CreateDraftAsync();
        var password = await CreateStaffAsync("lbz.officer2", "李小红", "InfoOfficer", "泷泊镇人民政府", "lbz");
        using var colleague = await SignInAsync("lbz.officer2", password);

        var response = await SubmitAsync(colleague, articleId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleState.InReview, (await ArticleAsync(articleId)).State);
    }

    [Fact]
    public async Task Submit_ByReviewerWhoMayNotWrite_IsForbidden()
    {
        var articleId = await CreateDraftAsync();
        using var reviewer = await SignInAsync("lbz.reviewer");

        var response = await SubmitAsync(reviewer, articleId);

        Assert.Equal(Outcome.Forbidden, OutcomeOf.Read(response));
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(articleId)).State);
    }

    [Fact]
    public async Task Submit_ArticleAlreadyInReview_IsRefusedWithoutASecondReview()
    {
        var articleId = await CreateDraftAsync();
        await SubmittedReviewAsync(articleId);
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitAsync(officer, articleId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("只有草稿或已退回的稿件可以送审", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.Set<ReviewProcess>().CountAsync(r => r.ArticleId == articleId)));
    }

    [Fact]
    public async Task Recall_ByAuthorAfterAFirstApproval_MakesTheArticleADraftAgain()
    {
        var articleId = await CreateDraftAsync();
        var reviewId = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, reviewId, "approve", "同意");
        }

        using var officer = await SignInAsync("lbz.officer");
        var response = await RecallAsync(officer, articleId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReviewState.Recalled, (await ReviewAsync(reviewId)).State);
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(articleId)).State);
    }

    [Fact]
    public async Task Recall_BySomeoneOtherThanTheAuthor_IsRefused()
    {
        var articleId = await CreateDraftAsync();
        var reviewId = await SubmittedReviewAsync(articleId);
        using var reviewer = await SignInAsync("lbz.reviewer");

        var response = await RecallAsync(reviewer, articleId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("只有稿件的作者或送审人可以撤回送审", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Equal(ReviewState.InProgress, (await ReviewAsync(reviewId)).State);
        Assert.Equal(ArticleState.InReview, (await ArticleAsync(articleId)).State);
    }

    [Fact]
    public async Task Resubmit_AfterReturn_StartsAgainFromTheFirstStep()
    {
        var articleId = await CreateDraftAsync();
        var first = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, first, "return", "请补充会议时间");
        }

        var second = await SubmittedReviewAsync(articleId);

        Assert.NotEqual(first, second);
        Assert.Equal((ReviewState.InProgress, 1), ((await ReviewAsync(second)).State, (await ReviewAsync(second)).CurrentStep));
        using var officer = await SignInAsync("lbz.officer");
        var (_, progress) = await officer.GetPageAsync($"/admin/review/articles/{articleId}");
        Assert.Contains("请补充会议时间", MainText(progress), StringComparison.Ordinal);
    }
}
