using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Html;

/// <summary>
/// 视频网站白名单：the hosts whose players articles may embed. The platform admin edits the list; the other
/// platform-wide roles (security admin, auditor, evaluator) may read it; nobody else sees it.
/// </summary>
public sealed class VideoHostsModel(GovSitesDbContext db, SiteAccess sites, CurrentStaff staff, VideoHostList hosts, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Host { get; set; }

    public List<AllowedVideoHost> Hosts { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public bool CanEdit => staff.IsIn(RoleNames.PlatformAdmin);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!sites.CanReadAll)
        {
            return Forbid();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var check = VideoHostName.Check(Host);
        if (check.Host is { } host && await db.Set<AllowedVideoHost>().AnyAsync(h => h.Host == host))
        {
            check = check with { Error = $"“{host}”已在列表中。" };
        }

        if (check.Error is { } error)
        {
            Errors.Add(error);
            await LoadAsync();
            return Page();
        }

        db.Add(new AllowedVideoHost { Host = check.Host!, AddedAt = time.GetUtcNow(), AddedById = staff.AccountId });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone added the same host a moment ago: the unique index refused the second.
            Errors.Add($"“{check.Host}”已在列表中。");
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }

        hosts.Forget();
        TempData["Message"] = $"已允许嵌入 {check.Host} 的视频。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var host = await db.Set<AllowedVideoHost>().SingleOrDefaultAsync(h => h.Id == id);
        if (host is null)
        {
            return NotFound();
        }

        db.Remove(host);
        await db.SaveChangesAsync();
        hosts.Forget();
        TempData["Message"] = $"已移除 {host.Host}。已发布稿件中来自该网站的视频，在稿件下次保存时会被清除。";
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Hosts = await db.Set<AllowedVideoHost>().AsNoTracking().OrderBy(h => h.Host).ToListAsync();
}
