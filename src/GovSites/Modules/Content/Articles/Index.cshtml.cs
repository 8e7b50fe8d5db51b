using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// 信息列表: the articles the user may see, newest update first, 20 a page. The filters map onto the indexes of
/// <see cref="ArticleConfiguration"/> (site, state, update time); names come in the same query, not one per row.
/// </summary>
public sealed class IndexModel(GovSitesDbContext db, ArticleAccess access, SiteAccess sites) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(int Id, string Title, string SiteName, string ChannelName, ArticleState State, int RevisionNumber, string? Author, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, bool IsPublished);

    [BindProperty(SupportsGet = true)]
    public int? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public ArticleState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public List<(int Id, string Name)> Sites { get; private set; } = [];

    public List<(int Id, string Name)> Channels { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool Filtered => Site is not null || Channel is not null || State is not null || !string.IsNullOrWhiteSpace(Keyword) || From is not null || To is not null;

    public async Task OnGetAsync()
    {
        Sites = (await sites.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
        if (Site is { } siteId)
        {
            Channels = (await sites.VisibleChannels().Where(c => c.SiteId == siteId && c.Type != ChannelType.ExternalLink)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync())
                .Select(c => (c.Id, c.Name)).ToList();
        }

        CanWrite = await access.WritableSites().AnyAsync();
        var query = Filter(access.VisibleArticles().AsNoTracking());
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        // The page is chosen first, on ids alone (an index-only sort); names are looked up for those 20 rows only.
        var pageIds = query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(a => a.Id);
        Rows = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Select(a => new Row(
                a.Id,
                a.Title,
                db.Sites.Where(s => s.Id == a.SiteId).Select(s => s.Name).Single(),
                db.Channels.Where(c => c.Id == a.ChannelId).Select(c => c.Name).Single(),
                a.State,
                a.RevisionNumber,
                a.Author ?? db.Users.Where(u => u.Id == a.CreatedById).Select(u => u.DisplayName).SingleOrDefault(),
                a.UpdatedAt,
                a.PublishedAt,
                a.LiveRevisionId != null))
            .ToListAsync();
    }

    /// <summary>This list's address with the same filters on page <paramref name="page"/>.</summary>
    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        Add(query, "Site", Site?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "Channel", Channel?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "State", State?.ToString());
        Add(query, "Keyword", Keyword);
        Add(query, "From", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "To", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/admin/articles" + query.ToQueryString();
    }

    private IQueryable<Article> Filter(IQueryable<Article> query)
    {
        if (Site is { } siteId)
        {
            query = query.Where(a => a.SiteId == siteId);
        }

        if (Channel is { } channelId)
        {
            query = query.Where(a => a.ChannelId == channelId);
        }

        if (State is { } state)
        {
            query = query.Where(a => a.State == state);
        }

        // Staff search (issue 5): every word, in the title or the body, of everything the user may see (drafts
        // too), through the database; "2018 广州" finds what "2018广州" finds. Capped like the public search.
        foreach (var word in Keywords(Keyword))
        {
            query = query.Where(a => a.Title.Contains(word) || a.Body.Contains(word));
        }

        if (From is { } from)
        {
            var start = ChinaDayStart(from);
            query = query.Where(a => a.UpdatedAt >= start);
        }

        if (To is { } to)
        {
            var end = ChinaDayStart(to.AddDays(1));
            query = query.Where(a => a.UpdatedAt < end);
        }

        return query;
    }

    private static IEnumerable<string> Keywords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Trim()[..Math.Min(text.Trim().Length, 100)].Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10);

    private static DateTimeOffset ChinaDayStart(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static void Add(QueryBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name, value);
        }
    }
}
