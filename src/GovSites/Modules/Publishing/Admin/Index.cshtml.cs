using System.Globalization;
using GovSites.Modules.Publishing.Jobs;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Sites;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Audit;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Admin;

/// <summary>
/// 网站发布: every site's live and kept releases and the recent publish jobs. The platform admin rebuilds
/// one or all sites and rolls a site back; auditors and evaluators only look. The buttons only queue jobs:
/// the publish worker runs them, and the page follows their progress.
/// </summary>
public sealed class PublishingAdminModel(GovSitesDbContext db, SiteAccess access, ReleaseStore store, PublishJobs jobs) : PageModel
{
    private PublishingOverview Overview => new(db, access, store);

    public IReadOnlyList<PublishingOverview.SiteRow> Sites { get; private set; } = [];

    public IReadOnlyList<PublishingOverview.JobRow> Jobs { get; private set; } = [];

    /// <summary>Queued and running jobs, the same list the progress endpoint answers (so the script sees no change until one ends).</summary>
    public IReadOnlyList<PublishingOverview.JobRow> Active { get; private set; } = [];

    public bool CanManage => access.CanManage;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanReadAll)
        {
            return this.ForbiddenPage();
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>重新发布本站: a full rebuild of one site.</summary>
    public async Task<IActionResult> OnPostRepublishAsync(int siteId)
    {
        if (!CanManage)
        {
            return this.ForbiddenPage();
        }

        if (await FindSiteAsync(siteId) is not { } site)
        {
            return this.NotFoundPage();
        }

        await jobs.QueueAsync(site.Id, PublishJobKind.Full, RequesterId, null, HttpContext.RequestAborted);
        return Done($"已将“{site.Name}”的全站重新发布加入队列。");
    }

    /// <summary>全部重新发布: a full rebuild of every site.</summary>
    public async Task<IActionResult> OnPostRepublishAllAsync()
    {
        if (!CanManage)
        {
            return this.ForbiddenPage();
        }

        var siteIds = await access.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(HttpContext.RequestAborted);
        await jobs.QueueAsync(siteIds, PublishJobKind.Full, RequesterId, HttpContext.RequestAborted);

        return Done($"已将全部 {siteIds.Count} 个站点的全站重新发布加入队列。");
    }

    /// <summary>回滚: makes a kept older release live again; a release that is gone or live is refused, nothing queued.</summary>
    public async Task<IActionResult> OnPostRollbackAsync(int siteId, int? release)
    {
        if (!CanManage)
        {
            return this.ForbiddenPage();
        }

        if (await FindSiteAsync(siteId) is not { } site)
        {
            return this.NotFoundPage();
        }

        var number = release.GetValueOrDefault();
        if (release is null || !Overview.RollbackTargets(site.Key).Contains(number))
        {
            var shown = release is { } r && r > 0 ? r.ToString("D6", CultureInfo.InvariantCulture) : "（未指定）";
            var reason = store.CurrentNumber(site.Key) == release ? "已是当前正在使用的版本" : "不存在或已不再保留";
            ModelState.AddModelError(string.Empty, $"“{site.Name}”的版本 {shown} {reason}，不能回滚到该版本。请从本站保留的较早版本中选择。");
            await LoadAsync();
            return Page();
        }

        await jobs.QueueAsync(site.Id, PublishJobKind.Rollback, RequesterId, number, HttpContext.RequestAborted);
        return Done($"已将“{site.Name}”回滚到版本 {number:D6} 的任务加入队列。");
    }

    private int? RequesterId => AuditActor.From(HttpContext).AccountId;

    private async Task LoadAsync()
    {
        Sites = await Overview.SitesAsync(HttpContext.RequestAborted);
        Jobs = await Overview.JobsAsync(activeOnly: false, HttpContext.RequestAborted);
        Active = await Overview.JobsAsync(activeOnly: true, HttpContext.RequestAborted);
    }

    private Task<Site?> FindSiteAsync(int siteId) =>
        access.VisibleSites().AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, HttpContext.RequestAborted);

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect("/admin/publishing");
    }
}
