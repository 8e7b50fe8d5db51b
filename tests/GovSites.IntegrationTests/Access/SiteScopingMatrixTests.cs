using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;
using static GovSites.IntegrationTests.Access.Outcome;

namespace GovSites.IntegrationTests.Access;

/// <summary>
/// Role × foreign object: every demo role against a site (and its channels) that is not its own unit's,
/// through every page and API that shows or edits one. Ids are real ids of the other site, as someone
/// guessing them would use; the answer must never reveal the object to a role that may not see it.
/// </summary>
public sealed class SiteScopingMatrixTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    /// <summary>Paths for a site id and one of its channel ids.</summary>
    private static readonly (string Name, Func<int, int, string> Path)[] Reads =
    [
        ("site page", (s, _) => $"/admin/sites/{s}"),
        ("site edit form", (s, _) => $"/admin/sites/{s}/edit"),
        ("new channel form", (s, _) => $"/admin/sites/{s}/channels/new"),
        ("channel page", (_, c) => $"/admin/channels/{c}"),
        ("site API", (s, _) => $"/api/v1/sites/{s}"),
        ("channel API", (s, _) => $"/api/v1/sites/{s}/channels"),
    ];

    public static TheoryData<string, string, Outcome, Outcome> Matrix => new()
    {
        // user, site key, reading outcome (page and API), outcome of the edit forms
        { "admin", "jyj", Shown, Shown },
        { "security", "jyj", Shown, Forbidden },
        { "auditor", "jyj", Shown, Forbidden },
        { "evaluator", "jyj", Shown, Forbidden },
        { "funds", "jyj", NotFound, NotFound },
        { "portal.editor", "jyj", NotFound, NotFound },
        { "portal.editor", "lbz", NotFound, NotFound },
        { "lbz.officer", "jyj", NotFound, NotFound },
        { "lbz.officer", "portal", NotFound, NotFound },
        { "lbz.reviewer", "jyj", NotFound, NotFound },
        { "lbz.secrecy", "wjj", NotFound, NotFound },
        { "jyj.officer", "lbz", NotFound, NotFound },
        { "jyj.officer", "portal", NotFound, NotFound },
        // their own site, for contrast: seen, not edited
        { "lbz.officer", "lbz", Shown, Forbidden },
        { "jyj.officer", "jyj", Shown, Forbidden },
        { "portal.editor", "portal", Shown, Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryPageAndApi_ForeignSite_AnswersAsTheRoleAllows(string user, string siteKey, Outcome read, Outcome edit)
    {
        var (siteId, channelId) = await IdsAsync(siteKey);
        using var client = await SignInAsync(user);

        foreach (var (name, path) in Reads)
        {
            var response = await client.Http.GetAsync(new Uri(path(siteId, channelId), UriKind.Relative));
            var expected = name.Contains("form", StringComparison.Ordinal) ? edit : read;
            Assert.True(expected == OutcomeOf.Read(response), $"{user} → {name} of {siteKey}: expected {expected}, got {(int)response.StatusCode}");
            if (expected == NotFound)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(await SiteNameAsync(siteKey), body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SiteList_UnitOfficer_ListsOnlyTheOwnUnitsSite()
    {
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync("/admin/sites");
        var api = await client.Http.GetStringAsync(new Uri("/api/v1/sites", UriKind.Relative));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("泷泊镇人民政府", text, StringComparison.Ordinal);
        foreach (var other in new[] { "双牌县教育局", "江村镇人民政府", "双牌县林业局" })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
            Assert.DoesNotContain(other, api, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("lbz.officer", "jyj")]
    [InlineData("auditor", "jyj")]
    [InlineData("evaluator", "lbz")]
    [InlineData("portal.editor", "lbz")]
    public async Task SiteEditPost_NotTheAdmin_ChangesNothing(string user, string siteKey)
    {
        var (siteId, channelId) = await IdsAsync(siteKey);
        var before = await WithDbAsync(db => db.Sites.Where(s => s.Id == siteId).Select(s => new { s.Name, s.Version }).SingleAsync());
        var channelBefore = await WithDbAsync(db => db.Channels.Where(c => c.Id == channelId).Select(c => new { c.Name, c.Version }).SingleAsync());
        using var client = await SignInAsync(user);

        // The anti-forgery token is the user's own, taken from a form they may use.
        var siteResponse = await client.PostFormAsync("/admin/password", new() { ["Name"] = "被篡改的站点", ["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/sites/{siteId}/edit");
        var channelResponse = await client.PostFormAsync("/admin/password", new() { ["Name"] = "被篡改的栏目", ["Version"] = channelBefore.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/channels/{channelId}");

        Assert.NotEqual(Shown, OutcomeOf.Read(siteResponse));
        Assert.NotEqual(Shown, OutcomeOf.Read(channelResponse));
        Assert.Equal(before, await WithDbAsync(db => db.Sites.Where(s => s.Id == siteId).Select(s => new { s.Name, s.Version }).SingleAsync()));
        Assert.Equal(channelBefore, await WithDbAsync(db => db.Channels.Where(c => c.Id == channelId).Select(c => new { c.Name, c.Version }).SingleAsync()));
    }

    private Task<(int SiteId, int ChannelId)> IdsAsync(string siteKey) => WithDbAsync(async db =>
    {
        var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
        var channelId = await db.Channels.Where(c => c.SiteId == siteId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return (siteId, channelId);
    });

    private Task<string> SiteNameAsync(string siteKey) => WithDbAsync(db => db.Sites.Where(s => s.Key == siteKey).Select(s => s.Name).SingleAsync());
}
