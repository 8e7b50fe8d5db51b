using GovSites.Modules.Sites;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RazorPageModel = Microsoft.AspNetCore.Mvc.RazorPages.PageModel;

namespace GovSites.Modules.Templates;

/// <summary>站点模板: every site with its main colour and how many templates it changed. Platform admin, auditors and evaluators.</summary>
public sealed class TemplatesIndexModel(SiteAccess access, GovSitesDbContext db) : RazorPageModel
{
    public sealed record Row(int Id, string Name, string Key, string MainColor, int Overrides);

    public IReadOnlyList<Row> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanReadAll)
        {
            return this.ForbiddenPage();
        }

        Sites = await access.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new Row(
                s.Id, s.Name, s.Key,
                db.ThemeSettings.Where(t => t.SiteId == s.Id).Select(t => t.MainColor).FirstOrDefault() ?? DefaultTheme.MainColor,
                db.TemplateOverrides.Count(t => t.SiteId == s.Id)))
            .ToListAsync();
        return Page();
    }
}
