using System.Globalization;
using System.Net;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Review;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Review;

/// <summary>通过 and 退回 on <c>/admin/review/{id}</c>, and every way a decision is refused.</summary>
public sealed class DecideTests(GovSitesFactory factory) : ReviewTest(factory)
{
    [Fact]
    public async Task Page_Holder_SeesTheRevisionTheChainAndTheForms()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var reviewer = await SignInAsync("lbz.reviewer");

        var (response, page) = await reviewer.GetPageAsync($"/admin/review/{reviewId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = MainText(page);
        Assert.Contains("泷泊镇召开秋冬季森林防火工作会议", text, StringComparison.Ordinal);
        Assert.Contains("当前环节", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='/admin/review/{reviewId}/approve']"));
        Assert.NotNull(page.QuerySelector($"form[action='/admin/review/{reviewId}/return']"));
        Assert.Null(page.QuerySelector("main article script"));
    }

    [Fact]
    public async Task Page_NextStepsHolder_SeesTheReviewButNoForms()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var secrecy = await SignInAsync("lbz.secrecy");

        var (response, page) = await secrecy.GetPageAsync($"/admin/review/{reviewId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector($"form[action='/admin/review/{reviewId}/approve']"));
    }

    [Theory]
    [InlineData("jyj.officer")]
    [InlineData("portal.reviewer")]
    [InlineData("funds")]
    public async Task Page_SomeoneWhoMayNotSeeTheArticle_IsNotFound(string user)
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var client = await SignInAsync(user);

        var (response, page) = await client.GetPageAsync($"/admin/review/{reviewId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("森林防火", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_FirstStep_MovesToTheSecrecyStep()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var reviewer = await SignInAsync("lbz.reviewer");

        var response = await DecideAsync(reviewer, reviewId, "approve", "同意发布");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = await ReviewAsync(reviewId);
        Assert.Equal((ReviewState.InProgress, 2), (review.State, review.CurrentStep));
        var decision = Assert.Single(review.Decisions);
        Assert.Equal((await AccountIdAsync("lbz.reviewer"), "刘卫东", ReviewDecisionKind.Approve, "同意发布"), (decision.AccountId, decision.AccountName, decision.Decision, decision.Opinion));
    }

    [Fact]
    public async Task Approve_LastStep_PublishesTheRevisionAndWritesThePublishEvent()
    {
        var articleId = await CreateDraftAsync();
        var reviewId = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, reviewId, "approve");
        }

        using var secrecy = await SignInAsync("lbz.secrecy");
        var response = await DecideAsync(secrecy, reviewId, "approve", "不涉密");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = await ReviewAsync(reviewId);
        var article = await ArticleAsync(articleId);
        Assert.Equal(ReviewState.Approved, review.State);
        Assert.Equal(ArticleState.Approved, article.State);
        Assert.Equal(review.RevisionId, article.LiveRevisionId);
        var published = await WithDbAsync(db => db.Set<ArticleEvent>().SingleAsync(e => e.ArticleId == articleId));
        Assert.Equal((ArticleEventKind.Published, review.RevisionId, article.SiteId, (DateTimeOffset?)null), (published.Kind, published.RevisionId, published.SiteId, published.ProcessedAt));
        Assert.Equal(article.PublishedAt, published.DueAt);
        Assert.True(published.DueAt <= Factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Approve_LastStepWithAFuturePublicationTime_SchedulesThePublishEvent()
    {
        var at = Factory.Clock.GetUtcNow().AddDays(3);
        var articleId = await CreateDraftAsync(publishAt: at);
        var reviewId = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, reviewId, "approve");
        }

        using var secrecy = await SignInAsync("lbz.secrecy");
        await DecideAsync(secrecy, reviewId, "approve");

        var article = await ArticleAsync(articleId);
        var published = await WithDbAsync(db => db.Set<ArticleEvent>().SingleAsync(e => e.ArticleId == articleId));
        Assert.NotNull(article.LiveRevisionId);
        Assert.Equal(at.ToUnixTimeSeconds(), published.DueAt.ToUnixTimeSeconds());
        Assert.True(published.DueAt > Factory.Clock.GetUtcNow());
        Assert.False(article.IsLive(Factory.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task Decide_StepThatIsNotCurrent_IsRefusedAndChangesNothing()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var secrecy = await SignInAsync("lbz.secrecy");

        var response = await DecideAsync(secrecy, reviewId, "approve", step: 2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("还没有轮到该环节，当前环节为“初审”", await ErrorOfAsync(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(reviewId);
    }

    [Fact]
    public async Task Decide_ByNonHolderOfTheCurrentStep_IsForbiddenAndChangesNothing()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var secrecy = await SignInAsync("lbz.secrecy");

        var approve = await DecideAsync(secrecy, reviewId, "approve");
        var reject = await DecideAsync(secrecy, reviewId, "return", "不同意");

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reject.StatusCode);
        Assert.Contains("您不是“初审”环节的审核人", await ErrorOfAsync(approve), StringComparison.Ordinal);
        await AssertUntouchedAsync(reviewId);
    }

    [Fact]
    public async Task Decide_ReviewerWithoutAGrantOnTheSite_IsNotAHolder()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        var password = await CreateStaffAsync("lbz.reviewer2", "陈国平", "Reviewer", "泷泊镇人民政府", siteKey: null);
        using var reviewer = await SignInAsync("lbz.reviewer2", password);

        var response = await DecideAsync(reviewer, reviewId, "approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertUntouchedAsync(reviewId);
    }

    [Fact]
    public async Task Approve_OwnArticleWhereTheChainForbidsIt_IsRefused()
    {
        // The unit's reviewer wrote the article; the officer submitted it.
        var articleId = await CreateDraftAsync(author: "lbz.reviewer");
        var reviewId = await SubmittedReviewAsync(articleId);
        using var reviewer = await SignInAsync("lbz.reviewer");

        var (_, page) = await reviewer.GetPageAsync($"/admin/review/{reviewId}");
        var response = await DecideAsync(reviewer, reviewId, "approve");

        Assert.Contains("本审核流程不允许本人审核通过", MainText(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"form[action='/admin/review/{reviewId}/approve']"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不允许审核通过本人撰写或送审的稿件", await ErrorOfAsync(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(reviewId);
    }

    [Fact]
    public async Task Approve_OwnArticleWhereTheChainAllowsIt_Passes()
    {
        var articleId = await CreateDraftAsync(author: "lbz.reviewer");
        await WithDbAsync(async db =>
        {
            var siteId = await db.Articles.Where(a => a.Id == articleId).Select(a => a.SiteId).SingleAsync();
            var chain = await db.Set<Modules.Review.Chains.ReviewChain>().SingleAsync(c => c.SiteId == siteId && c.ChannelId == null);
            chain.AllowSelfApproval = true;
            await db.SaveChangesAsync();
        });
        var reviewId = await SubmittedReviewAsync(articleId);
        using var reviewer = await SignInAsync("lbz.reviewer");

        var response = await DecideAsync(reviewer, reviewId, "approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, (await ReviewAsync(reviewId)).CurrentStep);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Return_WithoutReason_IsRefusedAndChangesNothing(string reason)
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        using var reviewer = await SignInAsync("lbz.reviewer");

        var response = await DecideAsync(reviewer, reviewId, "return", reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("退回须填写退回原因", await ErrorOfAsync(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(reviewId);
    }

    [Fact]
    public async Task Return_WithReason_GoesBackToTheAuthorWhoSeesWhy()
    {
        var articleId = await CreateDraftAsync();
        var reviewId = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, reviewId, "approve");
        }

        using (var secrecy = await SignInAsync("lbz.secrecy"))
        {
            var response = await DecideAsync(secrecy, reviewId, "return", "第二段含内部工作部署，请删除后再送审");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(ReviewState.Returned, (await ReviewAsync(reviewId)).State);
        Assert.Equal(ArticleState.Returned, (await ArticleAsync(articleId)).State);
        using var officer = await SignInAsync("lbz.officer");
        var (_, page) = await officer.GetPageAsync($"/admin/review/articles/{articleId}");
        var text = MainText(page);
        Assert.Contains("“保密审查”环节由何永红于", text, StringComparison.Ordinal);
        Assert.Contains("第二段含内部工作部署，请删除后再送审", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='/admin/review/articles/{articleId}/submit']"));
    }

    [Fact]
    public async Task Decide_StaleForm_IsToldTheStepWasTaken()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        var shown = await ReviewAsync(reviewId);
        var password = await CreateStaffAsync("lbz.reviewer2", "陈国平", "Reviewer", "泷泊镇人民政府", "lbz");
        using (var first = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(first, reviewId, "approve");
        }

        using var second = await SignInAsync("lbz.reviewer2", password);
        var response = await DecideAsync(second, reviewId, "return", "不同意", step: 1, version: shown.Version);

        Assert.Contains("该环节已由他人处理", await ErrorOfAsync(response), StringComparison.Ordinal);
        var review = await ReviewAsync(reviewId);
        Assert.Equal((ReviewState.InProgress, 2, 1), (review.State, review.CurrentStep, review.Decisions.Count));
    }

    [Fact]
    public async Task Decide_EachDecision_IsInTheAuditTrail()
    {
        var articleId = await CreateDraftAsync();
        var reviewId = await SubmittedReviewAsync(articleId);
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, reviewId, "approve", "同意");
        }

        using (var secrecy = await SignInAsync("lbz.secrecy"))
        {
            await DecideAsync(secrecy, reviewId, "approve", "不涉密");
        }

        var entries = await WithDbAsync(db => db.AuditEntries.Where(e => e.ObjectType == "ReviewDecision" && e.Action == "ReviewDecision.Created")
            .OrderBy(e => e.Sequence).Select(e => new { e.UserName, e.After }).ToListAsync());
        Assert.Equal(["lbz.reviewer", "lbz.secrecy"], entries.Select(e => e.UserName));
        Assert.Equal("同意", JsonDocument.Parse(entries[0].After!).RootElement.GetProperty("Opinion").GetString());
        var id = articleId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Article.Updated" && e.ObjectId == id && e.UserName == "lbz.secrecy")));
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "ArticleEvent.Created" && e.UserName == "lbz.secrecy")));
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Review.Updated" && e.ObjectId == reviewId.ToString(CultureInfo.InvariantCulture))));
    }

    private async Task AssertUntouchedAsync(int reviewId)
    {
        var review = await ReviewAsync(reviewId);
        Assert.Equal((ReviewState.InProgress, 1, 0), (review.State, review.CurrentStep, review.Decisions.Count));
        Assert.Equal(ArticleState.InReview, (await ArticleAsync(review.ArticleId)).State);
        Assert.False(await WithDbAsync(db => db.Set<ArticleEvent>().AnyAsync(e => e.ArticleId == review.ArticleId)));
    }
}
