using System.Globalization;
using AngleSharp.Html.Dom;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

/// <summary>Helpers of the article page tests: arrange articles through the entity's own transitions, read forms back.</summary>
public abstract class ArticleTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    protected Task<int> SiteIdAsync(string siteKey) =>
        WithDbAsync(db => db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync());

    protected Task<int> ChannelIdAsync(string siteKey, string channelKey) =>
        WithDbAsync(db => db.Channels.Where(c => c.Key == channelKey && db.Sites.Any(s => s.Id == c.SiteId && s.Key == siteKey)).Select(c => c.Id).SingleAsync());

    /// <summary>A draft (revision 1) in <paramref name="channelKey"/> of <paramref name="siteKey"/>; published when asked, as the review would.</summary>
    protected Task<int> CreateArticleAsync(string siteKey, string channelKey = "dtyw", string title = "泷泊镇召开春季森林防火工作会议", bool published = false, string body = "<p>会议强调，要落实网格化管理责任。</p>") =>
        WithDbAsync(async db =>
        {
            var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
            var channelId = await db.Channels.Where(c => c.SiteId == siteId && c.Key == channelKey).Select(c => c.Id).SingleAsync();
            var now = Factory.Clock.GetUtcNow();
            var article = new Article { SiteId = siteId, ChannelId = channelId, Title = title, Body = body, RevisionNumber = 1, CreatedAt = now, UpdatedAt = now };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            var revision = ArticleRevision.Of(article, 1, isAutosave: false, savedById: null, savedAt: now);
            db.Set<ArticleRevision>().Add(revision);
            await db.SaveChangesAsync();
            if (published)
            {
                article.Submit();
                article.Approve(revision.Id, now);
                db.Set<ArticleEvent>().Add(new ArticleEvent { ArticleId = article.Id, SiteId = siteId, Kind = ArticleEventKind.Published, RevisionId = revision.Id, DueAt = now, CreatedAt = now });
                await db.SaveChangesAsync();
            }

            return article.Id;
        });

    protected Task<Article> ArticleAsync(int id) => WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    protected Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        WithDbAsync(db => db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());

    protected Task<int> AccountIdAsync(string userName) => WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Limits <paramref name="userName"/>'s grant on <paramref name="siteKey"/> to one channel.</summary>
    protected Task LimitGrantToChannelAsync(string userName, string siteKey, string channelKey) => WithDbAsync(async db =>
    {
        var accountId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
        var grant = await db.Grants.SingleAsync(g => g.AccountId == accountId && g.SiteId == siteId);
        grant.ChannelId = await db.Channels.Where(c => c.SiteId == siteId && c.Key == channelKey).Select(c => c.Id).SingleAsync();
        await db.SaveChangesAsync();
    });

    /// <summary>The fields of the edit form as the page shows them, to change some and post.</summary>
    protected static Dictionary<string, string> FieldsOf(IHtmlDocument page)
    {
        var form = page.QuerySelector("form[data-autosave]") ?? page.QuerySelector("main form.form")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            switch (input)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }

                    break;
                case IHtmlInputElement i:
                    fields.TryAdd(name, i.Value);
                    break;
                case IHtmlTextAreaElement t:
                    fields[name] = t.Value;
                    break;
                case IHtmlSelectElement s:
                    fields[name] = s.Value ?? string.Empty;
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    protected static string Text(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
