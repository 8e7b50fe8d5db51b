namespace GovSites.Modules.Templates;

/// <summary>
/// Sample pages of a site, with made-up articles: what the preview shows and what a template must render
/// before it is saved. Every member is filled (subtitle, attachments, pager, credit, unit sites), so a
/// template that would fail on some real page fails here first.
/// </summary>
public static class SamplePages
{
    public static PageModel For(TemplateName template, SiteModel site) => template switch
    {
        TemplateName.Home => Home(site),
        TemplateName.List => List(site),
        TemplateName.Article => Article(site),
        TemplateName.SinglePage => SinglePage(site),
        TemplateName.Search => Search(site),
        _ => NotFound(site),
    };

    public static HomePageModel Home(SiteModel site) => new()
    {
        Site = site,
        Title = site.Name,
        Meta = Meta(site, "", ""),
        Url = site.Url,
        Sections = [.. Channels(site).Take(4).Select((c, i) => new HomeSection { Channel = c, Articles = Articles(site, c, 6, i) })],
        UnitSites = site.Kind == "portal"
            ? [
                new UnitSiteGroup { Name = "乡镇", Sites = [new UnitSiteLink { Name = "泷泊镇", Url = site.Url + "#lbz" }, new UnitSiteLink { Name = "江村镇", Url = site.Url + "#jcz" }] },
                new UnitSiteGroup { Name = "县直部门", Sites = [new UnitSiteLink { Name = "县教育局", Url = site.Url + "#jyj" }] },
            ]
            : [],
    };

    public static ListPageModel List(SiteModel site)
    {
        var channel = Channels(site)[0];
        return new ListPageModel
        {
            Site = site,
            Title = channel.Name,
            Meta = Meta(site, channel.Name, channel.CategoryName),
            Url = channel.Url,
            CurrentNavKey = channel.Key,
            Breadcrumb = Crumbs(site, channel),
            Channel = channel,
            Articles = Articles(site, channel, 20, 0),
            PageNumber = 1,
            PageCount = 3,
            PreviousUrl = "",
            NextUrl = channel.Url + "index_2.html",
            Pages = [.. Enumerable.Range(1, 3).Select(n => new PagerLink { Number = n, Url = n == 1 ? channel.Url : $"{channel.Url}index_{n}.html", IsCurrent = n == 1 })],
            FeedUrl = channel.Url + "rss.xml",
        };
    }

    public static ArticlePageModel Article(SiteModel site)
    {
        var channel = Channels(site)[0];
        var article = Articles(site, channel, 1, 0)[0];
        return new ArticlePageModel
        {
            Site = site,
            Title = article.Title,
            Meta = Meta(site, channel.Name, channel.CategoryName) with
            {
                ArticleTitle = article.Title,
                PubDate = article.PublishedAt,
                ContentSource = site.Operator,
                Keywords = "示例,通知",
                Author = "办公室",
                Description = article.Summary,
                Url = site.AbsoluteUrl + channel.Key + "/1.html",
            },
            Url = article.Url,
            CurrentNavKey = channel.Key,
            Breadcrumb = [.. Crumbs(site, channel), new BreadcrumbItem { Name = "正文", Url = article.Url }],
            Channel = channel,
            Article = article,
            Subtitle = "（示例副标题）",
            Source = site.Operator,
            Author = "办公室",
            IssuingBody = site.Sponsor,
            DocumentNumber = "双政发〔2026〕1号",
            BodyHtml = "<p>这是一篇示例文章，用于预览模板。正文由内容模块清理后原样输出。</p><p>第二段：<strong>加粗文字</strong>与<a href=\"" + site.Url + "\">链接</a>。</p>",
            Attachments = [new AttachmentLink { Name = "示例附件.pdf", Url = site.Url + "files/1.pdf", Size = "1.2 MB" }],
        };
    }

    public static SinglePageModel SinglePage(SiteModel site)
    {
        var channel = Channels(site)[^1];
        return new SinglePageModel
        {
            Site = site,
            Title = channel.Name,
            Meta = Meta(site, channel.Name, channel.CategoryName),
            Url = channel.Url,
            CurrentNavKey = channel.Key,
            Breadcrumb = Crumbs(site, channel),
            Channel = channel,
            BodyHtml = "<p>这是单页栏目的示例内容，例如机构职能或联系方式。</p>",
        };
    }

    public static SearchPageModel Search(SiteModel site) => new()
    {
        Site = site,
        Title = "站内搜索",
        Meta = Meta(site, "站内搜索", ""),
        Url = site.SearchUrl,
        Query = "",
        Breadcrumb = [new BreadcrumbItem { Name = "首页", Url = site.Url }, new BreadcrumbItem { Name = "站内搜索", Url = site.SearchUrl }],
    };

    public static PageModel NotFound(SiteModel site) => new()
    {
        Site = site,
        Title = "页面不存在",
        Meta = Meta(site, "", ""),
        Url = site.Url + "404.html",
    };

    private static ChannelLink[] Channels(SiteModel site) => site.Navigation.Count > 0
        ? [.. site.Navigation]
        : [new ChannelLink { Key = "tzgg", Name = "通知公告", Url = site.Url + "tzgg/", Type = "list", CategoryName = "通知公告" }];

    private static PageMeta Meta(SiteModel site, string column, string type) =>
        new() { ColumnName = column, ColumnType = type, Url = site.AbsoluteUrl, Description = site.Name };

    private static BreadcrumbItem[] Crumbs(SiteModel site, ChannelLink channel) =>
        [new BreadcrumbItem { Name = "首页", Url = site.Url }, new BreadcrumbItem { Name = channel.Name, Url = channel.Url }];

    private static ArticleLink[] Articles(SiteModel site, ChannelLink channel, int count, int seed) =>
        [.. Enumerable.Range(1, count).Select(i => new ArticleLink
        {
            Id = (seed * 100) + i,
            Title = $"{channel.Name}示例标题第 {i} 条：关于做好冬季安全生产工作的通知",
            Url = $"{channel.Url}{(seed * 100) + i}.html",
            PublishedAt = $"2026-11-{28 - i:D2} 09:30",
            PublishedDate = $"2026-11-{28 - i:D2}",
            Summary = "示例摘要。",
            CreditUnit = site.Kind == "portal" && i == 2 ? "县教育局" : "",
        })];
}
