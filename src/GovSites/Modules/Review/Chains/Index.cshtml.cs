using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review.Chains;

/// <summary>
/// 审核流程: without a site, every site and whether it has a chain; with <c>?site=ID</c>, the site's chain
/// and the channels with their own. The platform admin changes them; the roles overseeing all sites read.
/// </summary>
[Authorize(Roles = $"{RoleNames.PlatformAdmin},{RoleNames.SecurityAdmin},{RoleNames.Auditor},{RoleNames.Evaluator}")]
public sealed class IndexModel(GovSitesDbContext db, SiteDirectory directory, CurrentStaff staff) : PageModel
{
    public sealed record SiteRow(SiteDirectory.SiteEntry Site, string? Chain, int ChannelChains);

    public sealed record ChainRow(ReviewChain Chain, string? ChannelName, string Summary);

    public bool CanManage => staff.IsIn(RoleNames.PlatformAdmin);

    public List<SiteRow> Sites { get; private set; } = [];

    public SiteDirectory.SiteEntry? Site { get; private set; }

    public ChainRow? SiteChain { get; private set; }

    public List<ChainRow> ChannelChains { get; private set; } = [];

    /// <summary>Channels without a chain of their own, for the "set one for a channel" choice.</summary>
    public List<SiteDirectory.ChannelEntry> FreeChannels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? site)
    {
        if (site is null)
        {
            await LoadSitesAsync();
            return Page();
        }

        Site = await directory.SiteAsync(site.Value);
        if (Site is null)
        {
            return NotFound();
        }

        var chains = await db.Set<ReviewChain>().AsNoTracking().Include(c => c.Steps).Where(c => c.SiteId == Site.Id).ToListAsync();
        var names = await AccountNamesAsync(chains);
        var channels = await directory.ChannelsAsync(Site.Id);
        var channelNames = channels.ToDictionary(c => c.Id, c => c.Name);
        SiteChain = chains.Where(c => c.ChannelId is null).Select(c => new ChainRow(c, null, ChainSummary.Describe(c, names))).SingleOrDefault();
        ChannelChains = [.. chains.Where(c => c.ChannelId is not null)
            .Select(c => new ChainRow(c, channelNames.GetValueOrDefault(c.ChannelId!.Value), ChainSummary.Describe(c, names)))
            .OrderBy(r => channels.FindIndex(ch => ch.Id == r.Chain.ChannelId))];
        FreeChannels = [.. channels.Where(ch => chains.All(c => c.ChannelId != ch.Id))];
        return Page();
    }

    private async Task LoadSitesAsync()
    {
        var sites = await directory.AllSitesAsync();
        var chains = await db.Set<ReviewChain>().AsNoTracking().Include(c => c.Steps).ToListAsync();
        var names = await AccountNamesAsync(chains);
        Sites = [.. sites.Select(s => new SiteRow(
            s,
            chains.Where(c => c.SiteId == s.Id && c.ChannelId is null).Select(c => ChainSummary.Describe(c, names)).SingleOrDefault(),
            chains.Count(c => c.SiteId == s.Id && c.ChannelId is not null)))];
    }

    private Task<Dictionary<int, string>> AccountNamesAsync(List<ReviewChain> chains)
    {
        var ids = chains.SelectMany(c => c.Steps).SelectMany(s => s.AccountIds).Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }
}
