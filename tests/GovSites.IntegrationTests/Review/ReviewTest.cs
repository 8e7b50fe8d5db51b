using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Passwords;
using GovSites.Modules.Review;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewProcess = GovSites.Modules.Review.Review;

namespace GovSites.IntegrationTests.Review;

/// <summary>
/// Helpers of the review tests. Articles are arranged directly in the database (the article editor is
/// another part of the issue); everything Review does goes through its pages, as a browser would.
/// </summary>
public abstract class ReviewTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    protected Task<int> AccountIdAsync(string userName) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>A draft with one saved revision in <paramref name="channelKey"/> of <paramref name="siteKey"/>, written by <paramref name="author"/>.</summary>
    protected Task<int> CreateDraftAsync(
        string siteKey = "lbz", string author = "lbz.officer", string channelKey = "dtyw", bool external = false, DateTimeOffset? publishAt = null, string title = "泷泊镇召开秋冬季森林防火工作会议") =>
        WithDbAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Key == siteKey);
            var channelId = await db.Channels.Where(c => c.SiteId == site.Id && c.Key == channelKey).Select(c => c.Id).SingleAsync();
            var authorId = await db.Users.Where(u => u.UserName == author).Select(u => u.Id).SingleAsync();
            var now = Factory.Clock.GetUtcNow();
            var article = new Article
            {
                SiteId = site.Id,
                ChannelId = channelId,
                Title = title,
                Source = external ? "永州日报" : site.Name,
                Body = "<p>会议要求各村切实做好秋冬季森林防火工作。</p><script>alert(1)</script>",
                IsExternalSource = external,
                PublishAt = publishAt,
                RevisionNumber = 1,
                CreatedById = authorId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            db.Add(ArticleRevision.Of(article, 1, isAutosave: false, authorId, now));
            await db.SaveChangesAsync();
            return article.Id;
        });

    protected static Task<HttpResponseMessage> SubmitAsync(StaffClient client, int articleId) =>
        client.PostFormAsync($"/admin/review/articles/{articleId}", new(), $"/admin/review/articles/{articleId}/submit");

    protected static Task<HttpResponseMessage> RecallAsync(StaffClient client, int articleId) =>
        client.PostFormAsync($"/admin/review/articles/{articleId}", new(), $"/admin/review/articles/{articleId}/recall");

    /// <summary>Submits as <paramref name="submitter"/> and returns the review's id.</summary>
    protected async Task<int> SubmittedReviewAsync(int articleId, string submitter = "lbz.officer")
    {
        using var client = await SignInAsync(submitter);
        var response = await SubmitAsync(client, articleId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WithDbAsync(db => db.Set<ReviewProcess>().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
    }

    /// <summary>Posts a decision with the step and version the review has now (as the page would show them), unless given.</summary>
    protected async Task<HttpResponseMessage> DecideAsync(StaffClient client, int reviewId, string action, string? text = null, int? step = null, int? version = null)
    {
        var current = await ReviewAsync(reviewId);
        var fields = new Dictionary<string, string>
        {
            ["Step"] = (step ?? current.CurrentStep).ToString(CultureInfo.InvariantCulture),
            ["Version"] = (version ?? current.Version).ToString(CultureInfo.InvariantCulture),
            [action == "approve" ? "Opinion" : "Reason"] = text ?? string.Empty,
        };
        return await client.PostFormAsync($"/admin/review/{reviewId}", fields, $"/admin/review/{reviewId}/{action}");
    }

    protected Task<ReviewProcess> ReviewAsync(int reviewId) =>
        WithDbAsync(db => db.Set<ReviewProcess>().AsNoTracking().Include(r => r.Steps).Include(r => r.Decisions).SingleAsync(r => r.Id == reviewId));

    protected Task<Article> ArticleAsync(int articleId) =>
        WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId));

    protected static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        var page = await StaffClient.ReadDocumentAsync(response);
        return page.QuerySelector(".notice.error, .errors")?.TextContent.Trim() ?? string.Empty;
    }

    protected static string MainText(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    /// <summary>Another account of a demo unit, with a role and a grant on a site; returns its password.</summary>
    protected async Task<string> CreateStaffAsync(string userName, string displayName, string role, string unitName, string? siteKey)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
        var account = new Account { UserName = userName, DisplayName = displayName, UnitId = unitId, PasswordChangedAt = Factory.Clock.GetUtcNow() };
        var password = PasswordGenerator.Generate();
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, role)).Succeeded);
        if (siteKey is not null)
        {
            var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
            db.Grants.Add(new Grant { AccountId = account.Id, SiteId = siteId, GrantedAt = Factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        return password;
    }
}
