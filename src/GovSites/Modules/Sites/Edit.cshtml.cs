using GovSites.Modules.Organization;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>修改站点信息 (platform admin): name, kind, unit, domains, identity code, filings, contact, status.</summary>
public sealed class EditSiteModel(UnitAccess unitAccess, GovSitesDbContext db, SiteAccess access, SaveSite save)
    : SiteFormPage(unitAccess, db)
{
    public int Id { get; private set; }

    public string SiteName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var site = await access.VisibleSites().Include(s => s.Domains).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return this.NotFoundPage();
        }

        if (!access.CanManage)
        {
            return this.ForbiddenPage();
        }

        Input = SiteForm.From(site);
        return await RedisplayAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await access.VisibleSites().AnyAsync(s => s.Id == id))
        {
            return this.NotFoundPage();
        }

        if (!access.CanManage)
        {
            return this.ForbiddenPage();
        }

        if (ModelState.TranslateBindingErrors(SiteForm.Label))
        {
            return await RedisplayAsync(id);
        }

        var outcome = await save.EditAsync(id, Input.Version, Input.ToInput());
        return await this.AnswerAsync(outcome, () =>
        {
            TempData["Message"] = "站点信息已保存。";
            return Redirect($"/admin/sites/{id}");
        }, () => RedisplayAsync(id));
    }

    private async Task<IActionResult> RedisplayAsync(int id)
    {
        Id = id;
        SiteName = await access.VisibleSites().Where(s => s.Id == id).Select(s => s.Name).SingleAsync();
        await LoadOptionsAsync(id);
        return Page();
    }
}
