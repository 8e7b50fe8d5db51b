using GovSites.Modules.Organization;
using GovSites.Modules.Sites.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>新增栏目 (platform admin), optionally below a given parent.</summary>
public sealed class NewChannelModel(SiteAccess access, UnitAccess unitAccess, SaveChannel save) : ChannelFormPage(access, unitAccess)
{
    public async Task<IActionResult> OnGetAsync(int siteId, int? parentId)
    {
        var site = await Access.VisibleSites().Where(s => s.Id == siteId).Select(s => new { s.UnitId }).SingleOrDefaultAsync();
        if (site is null)
        {
            return this.NotFoundPage();
        }

        if (!Access.CanManage)
        {
            return this.ForbiddenPage();
        }

        Input = new ChannelForm
        {
            ParentId = parentId,
            ResponsibleUnitId = site.UnitId,
            SortOrder = await save.NextSortOrderAsync(siteId, parentId),
        };
        await LoadOptionsAsync(siteId, channelId: null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId)
    {
        if (!await Access.VisibleSites().AnyAsync(s => s.Id == siteId))
        {
            return this.NotFoundPage();
        }

        if (!Access.CanManage)
        {
            return this.ForbiddenPage();
        }

        if (ModelState.TranslateBindingErrors(ChannelForm.Label))
        {
            return await RedisplayAsync(siteId);
        }

        var outcome = await save.CreateAsync(siteId, Input.ToInput());
        return await this.AnswerAsync(outcome, () =>
        {
            TempData["Message"] = $"栏目“{Input.Name?.Trim()}”已新增。";
            return Redirect($"/admin/sites/{siteId}#channels");
        }, () => RedisplayAsync(siteId));
    }

    private async Task<IActionResult> RedisplayAsync(int siteId)
    {
        await LoadOptionsAsync(siteId, channelId: null);
        return Page();
    }
}
