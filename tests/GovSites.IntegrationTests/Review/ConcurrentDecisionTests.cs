using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Review;

namespace GovSites.IntegrationTests.Review;

/// <summary>Two holders of the same step decide at the same moment: exactly one decision stands.</summary>
public sealed class ConcurrentDecisionTests(GovSitesFactory factory) : ReviewTest(factory)
{
    [Theory]
    [InlineData("approve", "approve")]
    [InlineData("approve", "return")]
    public async Task Decide_TwoHoldersAtOnce_ExactlyOneWinsAndTheOtherIsTold(string firstAction, string secondAction)
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        var password = await CreateStaffAsync("lbz.reviewer2", "陈国平", "Reviewer", "泷泊镇人民政府", "lbz");
        using var first = await SignInAsync("lbz.reviewer");
        using var second = await SignInAsync("lbz.reviewer2", password);
        var shown = await ReviewAsync(reviewId);

        // Both forms are on screen before either is sent, as two reviewers would have them.
        using var firstForm = await FormAsync(first, reviewId, shown.Version, firstAction);
        using var secondForm = await FormAsync(second, reviewId, shown.Version, secondAction);
        var responses = await Task.WhenAll(
            first.Http.PostAsync(new Uri($"/admin/review/{reviewId}/{firstAction}", UriKind.Relative), firstForm),
            second.Http.PostAsync(new Uri($"/admin/review/{reviewId}/{secondAction}", UriKind.Relative), secondForm));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Redirect);
        var error = await ErrorOfAsync(loser);

        var review = await ReviewAsync(reviewId);
        var decision = Assert.Single(review.Decisions);
        // The loser is told the step was taken by someone else; when the winner returned the article and had
        // committed before the loser's request read the review, it is told the review has ended as returned.
        Assert.True(
            error.Contains("该环节已由他人处理", StringComparison.Ordinal)
            || (decision.Decision == ReviewDecisionKind.Return && error.Contains("该审核已结束（已退回）", StringComparison.Ordinal)),
            error);
        Assert.Equal(1, decision.StepOrder);
        Assert.Equal(shown.Version + 1, review.Version);
        var article = await ArticleAsync(review.ArticleId);
        if (decision.Decision == ReviewDecisionKind.Approve)
        {
            Assert.Equal((ReviewState.InProgress, 2, ArticleState.InReview), (review.State, review.CurrentStep, article.State));
        }
        else
        {
            Assert.Equal((ReviewState.Returned, ArticleState.Returned), (review.State, article.State));
        }
    }

    [Fact]
    public async Task Decide_ReviewChangedSinceTheFormWasShown_IsRefusedByItsVersion()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        var shown = await ReviewAsync(reviewId);
        using var reviewer = await SignInAsync("lbz.reviewer");

        // Same step, older version: only the concurrency token can tell, and it must.
        var response = await DecideAsync(reviewer, reviewId, "approve", step: 1, version: shown.Version - 1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("该环节已由他人处理", await ErrorOfAsync(response), StringComparison.Ordinal);
        var review = await ReviewAsync(reviewId);
        Assert.Equal((ReviewState.InProgress, 1, 0, shown.Version), (review.State, review.CurrentStep, review.Decisions.Count, review.Version));
        Assert.Equal(ArticleState.InReview, (await ArticleAsync(review.ArticleId)).State);
    }

    private static async Task<FormUrlEncodedContent> FormAsync(StaffClient client, int reviewId, int version, string action)
    {
        var (_, page) = await client.GetPageAsync($"/admin/review/{reviewId}");
        var token = page.QuerySelector($"form[action='/admin/review/{reviewId}/{action}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Step"] = "1",
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            [action == "approve" ? "Opinion" : "Reason"] = "同时处理",
        });
    }
}
