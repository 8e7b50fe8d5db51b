using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Planning;
using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Sites;

namespace GovSites.UnitTests.Publishing;

public sealed class PagePlannerTests
{
    private const int PageSize = 2;
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChannelInfo News = new(1, null, "dtyw", "动态要闻", ChannelType.List, ChannelCategory.News, null, 1);
    private static readonly ChannelInfo Notices = new(2, null, "tzgg", "通知公告", ChannelType.List, ChannelCategory.Notices, null, 2);
    private static readonly ChannelInfo About = new(3, null, "jgzn", "机构职能", ChannelType.SinglePage, ChannelCategory.Other, null, 3);

    [Fact]
    public void Plan_NewArticle_WritesItsPageItsChannelListsFeedsHomeAndSitemapOnly()
    {
        var existing = new[] { Row(10, News, 1), Row(11, News, 2), Row(20, Notices, 3) };
        var added = Row(12, News, 4);

        var plan = Plan(existing, [], [added]);

        Assert.Equal(["dtyw/12.html", "dtyw/index.html", "dtyw/index_2.html", "dtyw/rss.xml", "index.html", "rss.xml", "sitemap.xml"], plan.Written);
        Assert.Empty(plan.Removed);
        Assert.Equal([News], plan.Channels);
    }

    [Fact]
    public void Plan_ChannelChanged_RemovesTheOldPathAndRendersBothChannels()
    {
        var before = Row(10, News, 1);
        var after = Row(10, Notices, 1);

        var plan = Plan([before, Row(20, Notices, 2)], [before], [after]);

        Assert.Contains("tzgg/10.html", plan.Written);
        Assert.Contains("dtyw/index.html", plan.Written);
        Assert.Contains("tzgg/index.html", plan.Written);
        Assert.Contains("dtyw/10.html", plan.Removed);
        Assert.Equal([News, Notices], plan.Channels);
    }

    [Fact]
    public void Plan_Withdrawal_RemovesThePageAndTheListPageThatNoLongerExists()
    {
        var withdrawn = Row(12, News, 3);

        var plan = Plan([Row(10, News, 1), Row(11, News, 2), withdrawn], [withdrawn], []);

        Assert.Equal(["dtyw/12.html", "dtyw/index_2.html"], plan.Removed);
        Assert.Equal(["dtyw/index.html", "dtyw/rss.xml", "index.html", "rss.xml", "sitemap.xml"], plan.Written);
    }

    [Fact]
    public void Plan_PortalPlacement_RendersTheCopyCreditingTheUnitInThePortalChannel()
    {
        var copy = Row(40, Notices, 5);
        copy.CreditUnit = "理家坪乡人民政府";

        var plan = Plan([], [], [copy]);

        Assert.Equal("理家坪乡人民政府", Assert.Single(plan.Articles).CreditUnit);
        Assert.Contains("tzgg/40.html", plan.Written);
        Assert.DoesNotContain(plan.Written, p => p.StartsWith("dtyw/", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SinglePageChannel_RendersItsOnePage()
    {
        var plan = Plan([], [], [Row(30, About, 1)]);

        Assert.Contains("jgzn/index.html", plan.Written);
        Assert.DoesNotContain("jgzn/index_2.html", plan.Written);
    }

    [Fact]
    public void Plan_NothingChanged_IsEmpty() => Assert.True(Plan([Row(10, News, 1)], [], []).IsEmpty);

    private static PagePlan Plan(PublishedArticle[] existing, PublishedArticle[] before, PublishedArticle[] after)
    {
        var old = new SiteListing(existing);
        var changed = before.Concat(after).Select(r => r.ArticleId).ToHashSet();
        var channels = new[] { News, Notices, About }.ToDictionary(c => c.Id);
        return PagePlanner.Plan(before, after, old, old.With(changed, after), id => channels.GetValueOrDefault(id), PageSize);
    }

    private static PublishedArticle Row(int id, ChannelInfo channel, int day) => new()
    {
        SiteId = 1,
        ArticleId = id,
        ChannelId = channel.Id,
        Path = $"{channel.Key}/{id}.html",
        Title = $"稿件 {id}",
        PublishedAt = Day.AddDays(day),
        Summary = "",
        CreditUnit = "",
        Files = "",
    };
}
