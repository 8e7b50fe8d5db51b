using GovSites.Modules.Sites;
using GovSites.Modules.Sites.Rules;
using GovSites.Modules.Templates.Editing;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RazorPageModel = Microsoft.AspNetCore.Mvc.RazorPages.PageModel;

namespace GovSites.Modules.Templates;

/// <summary>修改模板: edit one template of a site, preview it with the site's sample data, or restore the default.</summary>
public sealed class TemplatesEditModel(SiteAccess access, GovSitesDbContext db, SaveTheme save) : RazorPageModel
{
    /// <summary>The preview runs the site's theme in the admin origin: it may load only its own files, post nowhere.</summary>
    public const string PreviewPolicy =
        "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    public Site Site { get; private set; } = null!;

    public TemplateName Template { get; private set; }

    public bool IsOverridden { get; private set; }

    public bool CanManage => access.CanManage;

    [BindProperty]
    public string Source { get; set; } = "";

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int siteId, string name)
    {
        if (await LoadAsync(siteId, name) is { } refused)
        {
            return refused;
        }

        var row = await db.TemplateOverrides.AsNoTracking().SingleOrDefaultAsync(t => t.SiteId == siteId && t.Name == Template);
        Source = row?.Source ?? DefaultTheme.Sources[Template];
        Version = row?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId, string name)
    {
        if (await LoadForChangeAsync(siteId, name) is { } refused)
        {
            return refused;
        }

        var problem = await save.SaveTemplateAsync(Site, Template, Source ?? "", Version, HttpContext.RequestAborted);
        return Answer(siteId, problem, $"模板 {DefaultTheme.FileName(Template)} 已保存。");
    }

    public async Task<IActionResult> OnPostRestoreAsync(int siteId, string name)
    {
        if (await LoadForChangeAsync(siteId, name) is { } refused)
        {
            return refused;
        }

        var problem = await save.RestoreDefaultAsync(Site, Template, Version, HttpContext.RequestAborted);
        return Answer(siteId, problem, $"模板 {DefaultTheme.FileName(Template)} 已恢复为默认。");
    }

    /// <summary>Renders the posted source (saved or not) on a sample page of the site; nothing is saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int siteId, string name)
    {
        if (await LoadAsync(siteId, name) is { } refused)
        {
            return refused;
        }

        var (sources, color) = await ThemeSources.LoadAsync(db, siteId, HttpContext.RequestAborted);
        sources[Template] = (Source ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var site = await PreviewSite.LoadAsync(db, Site, color, HttpContext.RequestAborted);
        if (ThemeCheck.Problem(sources, color, site) is { } problem)
        {
            ModelState.AddModelError(nameof(Source), problem);
            return Page();
        }

        var page = Template == TemplateName.Layout ? TemplateName.Home : Template;
        var html = new FluidSiteTheme(sources, color).Render(page, SamplePages.For(page, site));
        Response.Headers.ContentSecurityPolicy = PreviewPolicy;
        return Content(html, "text/html; charset=utf-8");
    }

    private IActionResult Answer(int siteId, string? problem, string message)
    {
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Source), problem);
            return Page();
        }

        TempData["TemplateSaved"] = message;
        return Redirect($"/admin/templates/{siteId}");
    }

    private async Task<IActionResult?> LoadForChangeAsync(int siteId, string name) =>
        await LoadAsync(siteId, name) ?? (CanManage ? null : this.ForbiddenPage());

    private async Task<IActionResult?> LoadAsync(int siteId, string name)
    {
        var site = await access.VisibleSites().AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId);
        if (site is null || TemplateLabels.Parse(name) is not { } template)
        {
            return this.NotFoundPage();
        }

        if (!access.CanReadAll)
        {
            return this.ForbiddenPage();
        }

        Site = site;
        Template = template;
        IsOverridden = await db.TemplateOverrides.AnyAsync(t => t.SiteId == siteId && t.Name == template);
        return null;
    }
}
