using GovSites.Modules.Organization;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;

namespace GovSites.Modules.Sites;

/// <summary>开办站点 (platform admin): a new portal or unit site with its domains and filings.</summary>
public sealed class NewSiteModel(UnitAccess unitAccess, GovSitesDbContext db, SiteAccess access, SaveSite save)
    : SiteFormPage(unitAccess, db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanManage)
        {
            return this.ForbiddenPage();
        }

        await LoadOptionsAsync(siteId: null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!access.CanManage)
        {
            return this.ForbiddenPage();
        }

        if (ModelState.TranslateBindingErrors(SiteForm.Label))
        {
            return await RedisplayAsync();
        }

        var outcome = await save.CreateAsync(Input.ToInput());
        return await this.AnswerAsync(outcome, () =>
        {
            TempData["Message"] = $"站点“{Input.Name?.Trim()}”已开办。";
            return Redirect($"/admin/sites/{outcome.Id}");
        }, RedisplayAsync);
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadOptionsAsync(siteId: null);
        return Page();
    }
}
