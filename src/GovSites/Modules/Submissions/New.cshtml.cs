using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>报送门户: a writer of the article offers it to one or more channels of the portal.</summary>
public sealed class NewModel(GovSitesDbContext db, ArticleAccess articles, SubmissionAccess access, CurrentStaff staff, TimeProvider time) : PageModel
{
    public sealed record ChannelOption(int Id, string Name, string? State);

    public Article Article { get; private set; } = null!;

    public List<ChannelOption> Channels { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "article")]
    public int ArticleId { get; set; }

    [BindProperty]
    public List<int> ChannelIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var chosen = ChannelIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(ChannelIds), "请至少选择一个门户栏目。");
        }
        else if (chosen.Except(Channels.Select(c => c.Id)).Any())
        {
            ModelState.AddModelError(nameof(ChannelIds), "只能报送到门户网站的栏目。");
        }
        else if (Channels.Where(c => chosen.Contains(c.Id) && c.State is not null).Select(c => c.Name).ToList() is { Count: > 0 } taken)
        {
            ModelState.AddModelError(nameof(ChannelIds), $"该稿件已报送到“{string.Join("”“", taken)}”，不能重复报送。");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var unitId = await db.Sites.Where(s => s.Id == Article.SiteId).Select(s => s.UnitId).SingleAsync();
        var now = time.GetUtcNow();
        foreach (var channelId in chosen)
        {
            db.Add(new Submission
            {
                ArticleId = Article.Id,
                UnitId = unitId,
                SiteId = Article.SiteId,
                ChannelId = channelId,
                SubmittedById = staff.AccountId,
                SubmittedAt = now,
            });
        }

        await db.SaveChangesAsync();
        TempData["Message"] = $"已报送到门户网站 {chosen.Count} 个栏目，请等待门户编辑处理。";
        return Redirect("/admin/submissions");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await articles.VisibleArticles().AsNoTracking().SingleOrDefaultAsync(a => a.Id == ArticleId) is not { } article)
        {
            return NotFound();
        }

        if (!await articles.CanEditAsync(article))
        {
            return Forbid();
        }

        Article = article;
        var active = await db.Set<Submission>().Where(s => s.ArticleId == article.Id).ToListAsync();
        Channels = await access.PortalChannels().Where(c => c.SiteId != article.SiteId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ChannelOption(c.Id, c.Name, null))
            .ToListAsync();
        Channels = [.. Channels.Select(c => c with
        {
            State = active.Where(s => s.ChannelId == c.Id && s.State.IsActive()).Select(s => s.State.ToChinese()).FirstOrDefault(),
        })];
        return null;
    }
}
