using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.IntegrationTests.Review;
using GovSites.Modules.Submissions;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Submissions;

/// <summary>Helpers of the submission tests: articles are arranged in the database, submissions go through the pages.</summary>
public abstract class SubmissionTest(GovSitesFactory factory) : ReviewTest(factory)
{
    protected Task<int> ChannelIdAsync(string siteKey, string channelKey) =>
        WithDbAsync(db => db.Channels.Where(c => c.Key == channelKey && db.Sites.Any(s => s.Id == c.SiteId && s.Key == siteKey)).Select(c => c.Id).SingleAsync());

    protected static Task<HttpResponseMessage> SubmitToAsync(StaffClient client, int articleId, params int[] channelIds)
    {
        var path = $"/admin/submissions/new?article={articleId}";
        var fields = channelIds.Select(id => new KeyValuePair<string, string>("ChannelIds", id.ToString(CultureInfo.InvariantCulture)));
        return PostManyAsync(client, path, fields);
    }

    /// <summary>Submits <paramref name="articleId"/> to the portal channel <paramref name="channelKey"/> as lbz.officer; returns the submission's id.</summary>
    protected async Task<int> SubmittedAsync(int articleId, string channelKey = "xzdt")
    {
        using var officer = await SignInAsync("lbz.officer");
        var response = await SubmitToAsync(officer, articleId, await ChannelIdAsync("portal", channelKey));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WithDbAsync(db => db.Set<Submission>().Where(s => s.ArticleId == articleId).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
    }

    protected async Task<HttpResponseMessage> ActAsync(StaffClient client, int submissionId, string action, string? text = null, int? version = null)
    {
        var current = await SubmissionAsync(submissionId);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = (version ?? current.Version).ToString(CultureInfo.InvariantCulture),
            [action == "revise" ? "Opinion" : "Reason"] = text ?? string.Empty,
        };
        return await client.PostFormAsync("/admin/submissions", fields, $"/admin/submissions/{submissionId}/{action}");
    }

    protected Task<Submission> SubmissionAsync(int id) =>
        WithDbAsync(db => db.Set<Submission>().AsNoTracking().SingleAsync(s => s.Id == id));

    protected Task<List<Submission>> SubmissionsOfAsync(int articleId) =>
        WithDbAsync(db => db.Set<Submission>().AsNoTracking().Where(s => s.ArticleId == articleId).OrderBy(s => s.Id).ToListAsync());

    private static async Task<HttpResponseMessage> PostManyAsync(StaffClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        // Any page of the user carries their token (the sign-out form); the form page itself may be refused.
        var (_, page) = await client.GetPageAsync("/admin/submissions");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
