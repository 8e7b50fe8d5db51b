using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>写信息: a new article in a channel the officer holds a grant on. It starts as a draft with revision 1.</summary>
public sealed class NewModel(GovSitesDbContext db, ArticleAccess access, SiteAccess sites, ArticleBody articleBody, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Channel { get; set; }

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public string? Body { get; set; }

    public string SiteName { get; private set; } = string.Empty;

    /// <summary>Filled when no site was chosen and the user writes on several.</summary>
    public List<(int Id, string Name)> SiteChoices { get; private set; } = [];

    public List<(int Id, string Name)> Channels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (SiteChoices.Count > 0)
        {
            return Page();
        }

        if (Channel is null)
        {
            ModelState.AddModelError(nameof(Channel), "请选择栏目。");
        }

        Input.Validate(ModelState);
        var body = await articleBody.CleanAsync(Body);
        if (body.IsEmpty)
        {
            ModelState.AddModelError(nameof(Body), ArticleBody.EmptyMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var article = new Article
        {
            SiteId = Site!.Value,
            ChannelId = Channel!.Value,
            Title = string.Empty,
            Body = string.Empty,
            RevisionNumber = 1,
            CreatedAt = now,
            CreatedById = staff.AccountId,
            UpdatedAt = now,
        };
        Input.ApplyTo(article, body.Html);

        // The article needs its id before its first revision can point at it: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        db.Set<ArticleRevision>().Add(ArticleRevision.Of(article, 1, isAutosave: false, staff.AccountId, now));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData["Message"] = $"已保存稿件“{article.Title}”（草稿，修订版本 1）。";
        return Redirect($"/admin/articles/{article.Id}");
    }

    /// <summary>Checks the site and channel asked for: unknown or not visible → 404; visible but not writable → 403.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (Site is not { } siteId)
        {
            var writable = await access.WritableSites().OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync();
            if (writable.Count == 0)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            if (writable.Count > 1)
            {
                SiteChoices = writable.Select(s => (s.Id, s.Name)).ToList();
                return null;
            }

            Site = siteId = writable[0].Id;
        }

        if (await sites.VisibleSites().Where(s => s.Id == siteId).Select(s => s.Name).SingleOrDefaultAsync() is not { } name)
        {
            return NotFound();
        }

        SiteName = name;
        if (Channel is { } channelId)
        {
            if (!await sites.VisibleChannels().AnyAsync(c => c.Id == channelId && c.SiteId == siteId))
            {
                return NotFound();
            }

            if (!await access.WritableChannels(siteId).AnyAsync(c => c.Id == channelId))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
        }

        Channels = (await access.WritableChannels(siteId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => (c.Id, c.Name)).ToList();
        if (Channels.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return null;
    }
}
