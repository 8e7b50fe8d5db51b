using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Sites;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules.Publishing.Admin;

/// <summary>发布进度: the queued and running jobs as JSON, for the progress bars of the publishing page.</summary>
public sealed class PublishingProgressModel(GovSitesDbContext db, SiteAccess access, ReleaseStore store) : PageModel
{
    public sealed record JobProgress(long Id, int SiteId, string Site, string Kind, string State, int Done, int Total, int Attempts, string? LastError);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanReadAll)
        {
            return this.ForbiddenPage();
        }

        var jobs = await new PublishingOverview(db, access, store).JobsAsync(activeOnly: true, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new
        {
            active = jobs.Select(j => new JobProgress(j.Id, j.SiteId, j.SiteName, j.Kind.ToChinese(), j.State.ToChinese(), j.Done, j.Total, j.Attempts, j.LastError)),
        });
    }
}
