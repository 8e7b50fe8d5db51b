using GovSites.Modules.Sites;
using GovSites.Modules.Templates;
using GovSites.Platform.Time;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>Prepares the view models of a site's pages (the templates see nothing else).</summary>
public sealed class PageBuilder(SiteContext site)
{
    public ArticleLink Link(PublishedArticle row) => new()
    {
        Id = row.ArticleId,
        Title = row.Title,
        Url = site.Urls.Page(row.Path),
        PublishedAt = row.PublishedAt.ToChinaMinute(),
        PublishedDate = row.PublishedAt.ToChinaMinute()[..10],
        Summary = row.Summary,
        CreditUnit = row.CreditUnit,
    };

    public ChannelLink ChannelLink(ChannelInfo channel) =>
        SiteContextLoader.Link(channel, site.Urls, [.. site.Channels.Where(c => c.ParentId == channel.Id).Select(c => ChannelLink(c))]);

    public ArticlePageModel Article(LiveArticle article)
    {
        var row = article.Row;
        var channel = site.Channel(row.ChannelId);
        var link = Link(row);
        return new ArticlePageModel
        {
            Site = site.Model,
            Title = row.Title,
            Url = link.Url,
            CurrentNavKey = site.TopOf(channel).Key,
            Breadcrumb = Breadcrumb(channel, withChannel: true),
            Meta = Meta(channel, row.Path) with
            {
                ArticleTitle = row.Title,
                PubDate = link.PublishedAt,
                ContentSource = row.CreditUnit.Length > 0 ? row.CreditUnit : article.Source.Length > 0 ? article.Source : site.Model.Name,
                Keywords = article.Keywords,
                Author = article.Author,
                Description = row.Summary,
            },
            Channel = ChannelLink(channel),
            Article = link,
            Subtitle = article.Subtitle,
            Source = row.CreditUnit.Length > 0 ? row.CreditUnit : article.Source,
            Author = article.Author,
            IssuingBody = article.IssuingBody,
            DocumentNumber = article.DocumentNumber,
            BodyHtml = article.BodyHtml,
            Attachments = article.Attachments,
        };
    }

    public ListPageModel ListPage(ChannelInfo channel, IReadOnlyList<PublishedArticle> rows, int page, int pageSize)
    {
        var count = PageCount(rows.Count, pageSize);
        var path = SiteUrls.ListPath(channel.Key, page);
        return new ListPageModel
        {
            Site = site.Model,
            Title = page == 1 ? channel.Name : $"{channel.Name}（第 {page} 页）",
            Url = site.Urls.Page(path),
            CurrentNavKey = site.TopOf(channel).Key,
            Breadcrumb = Breadcrumb(channel, withChannel: false),
            Meta = Meta(channel, path),
            Channel = ChannelLink(channel),
            Articles = [.. rows.Skip((page - 1) * pageSize).Take(pageSize).Select(Link)],
            PageNumber = page,
            PageCount = count,
            PreviousUrl = page > 1 ? site.Urls.Page(SiteUrls.ListPath(channel.Key, page - 1)) : "",
            NextUrl = page < count ? site.Urls.Page(SiteUrls.ListPath(channel.Key, page + 1)) : "",
            Pages = [.. Enumerable.Range(1, count).Select(n => new PagerLink { Number = n, Url = site.Urls.Page(SiteUrls.ListPath(channel.Key, n)), IsCurrent = n == page })],
            FeedUrl = site.Urls.Page(SiteUrls.FeedPath(channel.Key)),
        };
    }

    public SinglePageModel SinglePage(ChannelInfo channel, string bodyHtml)
    {
        var path = SiteUrls.ListPath(channel.Key, 1);
        return new SinglePageModel
        {
            Site = site.Model,
            Title = channel.Name,
            Url = site.Urls.Page(path),
            CurrentNavKey = site.TopOf(channel).Key,
            Breadcrumb = Breadcrumb(channel, withChannel: false),
            Meta = Meta(channel, path),
            Channel = ChannelLink(channel),
            BodyHtml = bodyHtml,
        };
    }

    public HomePageModel Home(IReadOnlyList<HomeSection> sections, IReadOnlyList<UnitSiteGroup> unitSites) => new()
    {
        Site = site.Model,
        Title = "首页",
        Url = site.Urls.Root,
        Meta = new PageMeta { ColumnName = "首页", ColumnType = "首页", Description = site.Model.Name, Url = site.Urls.Absolute },
        Sections = sections,
        UnitSites = unitSites,
    };

    public SearchPageModel Search() => new()
    {
        Site = site.Model,
        Title = "站内搜索",
        Url = site.Model.SearchUrl,
        Meta = new PageMeta { ColumnName = "站内搜索", ColumnType = "搜索", Url = site.Urls.Absolute + "search" },
        Query = "",
    };

    public PageModel NotFound() => new()
    {
        Site = site.Model,
        Title = "页面不存在",
        Url = site.Urls.Page("404.html"),
        Meta = new PageMeta { ColumnName = "页面不存在", Url = site.Urls.AbsolutePage("404.html") },
    };

    public static int PageCount(int rows, int pageSize) => Math.Max(1, (rows + pageSize - 1) / pageSize);

    private PageMeta Meta(ChannelInfo channel, string path) => new()
    {
        ColumnName = channel.Name,
        ColumnType = channel.Category.ToChinese(),
        Description = channel.Name,
        Url = site.Urls.AbsolutePage(path),
    };

    private List<BreadcrumbItem> Breadcrumb(ChannelInfo channel, bool withChannel)
    {
        var items = new List<BreadcrumbItem> { new() { Name = "首页", Url = site.Urls.Root } };
        var path = site.PathTo(channel);
        items.AddRange(path.Take(withChannel ? path.Count : path.Count - 1)
            .Select(c => new BreadcrumbItem { Name = c.Name, Url = c.HasPages ? site.Urls.Page(SiteUrls.ListPath(c.Key, 1)) : c.ExternalUrl ?? "" }));
        return items;
    }
}
