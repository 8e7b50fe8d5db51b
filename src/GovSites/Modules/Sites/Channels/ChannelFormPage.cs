using System.Globalization;
using GovSites.Modules.Organization;
using GovSites.Modules.Sites.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>What the New and Edit channel pages share: the posted form, the site it belongs to and the drop-downs (_ChannelFields.cshtml).</summary>
public abstract class ChannelFormPage(SiteAccess access, UnitAccess unitAccess) : PageModel
{
    [BindProperty]
    public ChannelForm Input { get; set; } = new();

    public int SiteId { get; private set; }

    public string SiteName { get; private set; } = string.Empty;

    public List<SelectListItem> Parents { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    protected SiteAccess Access => access;

    public static List<SelectListItem> Types() =>
        [.. Enum.GetValues<ChannelType>().Select(t => new SelectListItem(t.ToChinese(), t.ToString()))];

    public static List<SelectListItem> Categories() =>
        [.. Enum.GetValues<ChannelCategory>().Select(c => new SelectListItem(c.ToChinese(), c.ToString()))];

    /// <summary>
    /// Parents are the site's channels, indented as in the tree; the channel being edited and its
    /// descendants are left out, since it cannot move below itself (the rules refuse it anyway).
    /// </summary>
    protected async Task LoadOptionsAsync(int siteId, int? channelId)
    {
        SiteId = siteId;
        SiteName = await access.VisibleSites().Where(s => s.Id == siteId).Select(s => s.Name).SingleAsync();
        var channels = await access.VisibleChannels().Where(c => c.SiteId == siteId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync();
        var parentOf = channels.ToDictionary(c => c.Id, c => c.ParentId);
        var excluded = channelId is { } id ? ChannelTree.SelfAndDescendants(parentOf, id) : [];
        var tree = ChannelTree.Build(channels, c => c.Id, c => c.ParentId);
        Parents = [];
        Flatten(tree, 0, (c, depth) =>
        {
            if (!excluded.Contains(c.Id))
            {
                Parents.Add(new SelectListItem(new string('　', depth) + c.Name, c.Id.ToString(CultureInfo.InvariantCulture)));
            }
        });
        var units = await unitAccess.VisibleUnits().OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync();
        Units = [.. units.Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    private static void Flatten<T>(IReadOnlyList<ChannelTree.Node<T>> nodes, int depth, Action<T, int> visit)
    {
        foreach (var node in nodes)
        {
            visit(node.Item, depth);
            Flatten(node.Children, depth + 1, visit);
        }
    }
}
