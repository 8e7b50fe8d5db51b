using GovSites.Modules.Sites.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>删除栏目 (platform admin), after a confirmation; refused while the channel has child channels or articles.</summary>
public sealed class DeleteChannelModel(SiteAccess access, DeleteChannel delete) : PageModel
{
    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public string SiteName { get; private set; } = string.Empty;

    public string ChannelName { get; private set; } = string.Empty;

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var version = Version;
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var outcome = await delete.DeleteAsync(id, version);
        Version = version;
        return await this.AnswerAsync(outcome, () =>
        {
            TempData["Message"] = $"栏目“{ChannelName}”已删除。";
            return Redirect($"/admin/sites/{SiteId}#channels");
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary>404 for a channel the user may not see, 403 for one they may see but not delete; null when allowed.</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        var channel = await access.VisibleChannels().Where(c => c.Id == id)
            .Select(c => new { c.Name, c.SiteId, c.Version }).SingleOrDefaultAsync();
        if (channel is null)
        {
            return this.NotFoundPage();
        }

        if (!access.CanManage)
        {
            return this.ForbiddenPage();
        }

        (Id, SiteId, ChannelName, Version) = (id, channel.SiteId, channel.Name, channel.Version);
        SiteName = await access.VisibleSites().Where(s => s.Id == channel.SiteId).Select(s => s.Name).SingleAsync();
        return null;
    }
}
