using GovSites.Modules.Content;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review;

/// <summary>待我审核：everything waiting on the signed-in user, on every site, oldest first.</summary>
public sealed class InboxModel(GovSitesDbContext db, InboxQuery inbox, SiteDirectory directory) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(int ReviewId, int SiteId, int ChannelId, string Title, string StepName, DateTimeOffset SubmittedAt, string SubmittedBy)
    {
        public string SiteName { get; set; } = string.Empty;

        public string ChannelName { get; set; } = string.Empty;
    }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var waiting = inbox.Waiting();
        Total = await waiting.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await waiting.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(
                r.Id, r.SiteId, r.ChannelId,
                db.Set<ArticleRevision>().Where(v => v.Id == r.RevisionId).Select(v => v.Title).First(),
                r.Steps.Where(s => s.Order == r.CurrentStep).Select(s => s.Name).First(),
                r.SubmittedAt,
                db.Users.Where(u => u.Id == r.SubmittedById).Select(u => u.DisplayName).First()))
            .ToListAsync();
        var sites = await directory.SiteNamesAsync([.. Rows.Select(r => r.SiteId).Distinct()]);
        var channels = await directory.ChannelNamesAsync([.. Rows.Select(r => r.ChannelId).Distinct()]);
        foreach (var row in Rows)
        {
            row.SiteName = sites.GetValueOrDefault(row.SiteId, string.Empty);
            row.ChannelName = channels.GetValueOrDefault(row.ChannelId, string.Empty);
        }
    }
}
