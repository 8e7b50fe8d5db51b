using System.ComponentModel.DataAnnotations;
using GovSites.Modules.Sites;
using GovSites.Modules.Sites.Rules;
using GovSites.Modules.Templates.Editing;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RazorPageModel = Microsoft.AspNetCore.Mvc.RazorPages.PageModel;

namespace GovSites.Modules.Templates;

/// <summary>一个站点的模板: the seven templates (default or changed) and the main colour, which the platform admin sets.</summary>
public sealed class TemplatesSiteModel(SiteAccess access, GovSitesDbContext db, SaveTheme save) : RazorPageModel
{
    public sealed record Row(TemplateName Name, string FileName, DateTimeOffset? UpdatedAt);

    public Site Site { get; private set; } = null!;

    public IReadOnlyList<Row> Templates { get; private set; } = [];

    public bool CanManage => access.CanManage;

    [BindProperty]
    [Display(Name = "主色")]
    public string MainColor { get; set; } = "";

    [BindProperty]
    public int Version { get; set; }

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int siteId)
    {
        var refused = await LoadAsync(siteId);
        if (refused is not null)
        {
            return refused;
        }

        var settings = await db.ThemeSettings.AsNoTracking().SingleOrDefaultAsync(t => t.SiteId == siteId);
        MainColor = settings?.MainColor ?? DefaultTheme.MainColor;
        Version = settings?.Version ?? 0;
        Saved = TempData["TemplateSaved"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId)
    {
        var refused = await LoadAsync(siteId);
        if (refused is not null)
        {
            return refused;
        }

        if (!CanManage)
        {
            return this.ForbiddenPage();
        }

        var problem = await save.SaveColorAsync(Site, MainColor ?? "", Version, HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(MainColor), problem);
            return Page();
        }

        TempData["TemplateSaved"] = "主色已保存。";
        return Redirect($"/admin/templates/{siteId}");
    }

    private async Task<IActionResult?> LoadAsync(int siteId)
    {
        var site = await access.VisibleSites().AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId);
        if (site is null)
        {
            return this.NotFoundPage();
        }

        if (!access.CanReadAll)
        {
            return this.ForbiddenPage();
        }

        Site = site;
        var changed = await db.TemplateOverrides.AsNoTracking().Where(t => t.SiteId == siteId)
            .Select(t => new { t.Name, t.UpdatedAt }).ToListAsync();
        Templates = [.. Enum.GetValues<TemplateName>().Select(n => new Row(n, DefaultTheme.FileName(n), changed.FirstOrDefault(c => c.Name == n)?.UpdatedAt))];
        return null;
    }
}
