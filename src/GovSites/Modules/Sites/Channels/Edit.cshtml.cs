using GovSites.Modules.Organization;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>
/// 栏目: the platform admin edits (and moves) the channel here; everyone else who may see the site reads
/// its settings, so the links of the channel tree work for every role.
/// </summary>
public sealed class EditChannelModel(SiteAccess access, UnitAccess unitAccess, GovSitesDbContext db, SaveChannel save)
    : ChannelFormPage(access, unitAccess)
{
    public sealed record Facts(string Name, string Key, string? Parent, ChannelType Type, ChannelCategory Category, string? ExternalUrl, string UpdateRule, string? ResponsibleUnit, int SortOrder);

    public int Id { get; private set; }

    public bool CanManage => Access.CanManage;

    /// <summary>The read-only view, for those who may not change the channel.</summary>
    public Facts? ReadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var channel = await Access.VisibleChannels().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (channel is null)
        {
            return this.NotFoundPage();
        }

        if (!CanManage)
        {
            // Parent and unit names label a channel the user may see; they are not restricted themselves.
            ReadOnly = new Facts(
                channel.Name, channel.Key,
                await db.Channels.Where(c => c.Id == channel.ParentId).Select(c => c.Name).FirstOrDefaultAsync(),
                channel.Type, channel.Category, channel.ExternalUrl,
                ChannelRow.UpdateRuleText(channel.UpdateMinItems, channel.UpdatePeriodDays),
                await db.Units.Where(u => u.Id == channel.ResponsibleUnitId).Select(u => u.Name).FirstOrDefaultAsync(),
                channel.SortOrder);
        }

        Input = ChannelForm.From(channel);
        return await RedisplayAsync(id, channel.SiteId);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var siteId = await Access.VisibleChannels().Where(c => c.Id == id).Select(c => (int?)c.SiteId).SingleOrDefaultAsync();
        if (siteId is null)
        {
            return this.NotFoundPage();
        }

        if (!CanManage)
        {
            return this.ForbiddenPage();
        }

        if (ModelState.TranslateBindingErrors(ChannelForm.Label))
        {
            return await RedisplayAsync(id, siteId.Value);
        }

        var outcome = await save.EditAsync(id, Input.Version, Input.ToInput());
        return await this.AnswerAsync(outcome, () =>
        {
            TempData["Message"] = $"栏目“{Input.Name?.Trim()}”已保存。";
            return Redirect($"/admin/sites/{siteId}#channels");
        }, () => RedisplayAsync(id, siteId.Value));
    }

    private async Task<IActionResult> RedisplayAsync(int id, int siteId)
    {
        Id = id;
        await LoadOptionsAsync(siteId, id);
        return Page();
    }
}
