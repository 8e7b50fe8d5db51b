using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Accounts;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Grants;

/// <summary>What the grants page reads about sites and channels, always through <see cref="SiteAccess"/>.</summary>
public sealed class GrantQueries(GovSitesDbContext db, SiteAccess sites)
{
    public sealed record GrantRow(int Id, string SiteName, string? ChannelName, DateTimeOffset GrantedAt, string? GrantedBy);

    public sealed record SiteOption(int Id, string Name, int UnitId, SiteKind Kind)
    {
        public RoleRules.GrantSite ToGrantSite() => new(Name, UnitId, Kind == SiteKind.Portal);
    }

    public sealed record ChannelOption(int Id, string Label);

    public async Task<List<GrantRow>> GrantsOfAsync(int accountId)
    {
        var rows = await (
            from g in db.Grants
            where g.AccountId == accountId
            join s in sites.VisibleSites() on g.SiteId equals s.Id
            join c in db.Channels on g.ChannelId equals c.Id into channels
            from c in channels.DefaultIfEmpty()
            join u in db.Users on g.GrantedById equals u.Id into grantors
            from u in grantors.DefaultIfEmpty()
            orderby s.Kind, s.Name, c.SortOrder
            select new GrantRow(g.Id, s.Name, c == null ? null : c.Name, g.GrantedAt, u == null ? null : u.DisplayName))
            .ToListAsync();
        return rows;
    }

    /// <summary>The sites the account holds grants on, for checking a change of its roles.</summary>
    public async Task<List<RoleRules.GrantSite>> GrantedSitesAsync(int accountId) =>
        (await sites.VisibleSites().Where(s => db.Grants.Any(g => g.AccountId == accountId && g.SiteId == s.Id))
            .Select(s => new SiteOption(s.Id, s.Name, s.UnitId, s.Kind)).ToListAsync())
        .Select(s => s.ToGrantSite()).ToList();

    public Task<SiteOption?> SiteAsync(int siteId) =>
        sites.VisibleSites().Where(s => s.Id == siteId).Select(s => new SiteOption(s.Id, s.Name, s.UnitId, s.Kind)).SingleOrDefaultAsync();

    /// <summary>The sites <see cref="RoleRules.CheckGrant"/> allows for an account of this unit with these roles.</summary>
    public async Task<List<SiteOption>> EligibleSitesAsync(int accountUnitId, IReadOnlyCollection<string> roles)
    {
        var all = await sites.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new SiteOption(s.Id, s.Name, s.UnitId, s.Kind)).ToListAsync();
        return all.Where(s => RoleRules.CheckGrant(accountUnitId, roles, s.ToGrantSite()) is null).ToList();
    }

    /// <summary>The channels of a site in tree order, each labelled with its depth.</summary>
    public async Task<List<ChannelOption>> ChannelsOfAsync(int siteId)
    {
        var channels = await sites.VisibleChannels().Where(c => c.SiteId == siteId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync();
        var children = channels.ToLookup(c => c.ParentId);
        var options = new List<ChannelOption>();
        void Add(int? parentId, int depth)
        {
            foreach (var channel in children[parentId])
            {
                options.Add(new ChannelOption(channel.Id, string.Concat(Enumerable.Repeat("— ", depth)) + channel.Name));
                Add(channel.Id, depth + 1);
            }
        }

        Add(null, 0);
        return options;
    }

    public Task<int?> SiteOfChannelAsync(int channelId) =>
        sites.VisibleChannels().Where(c => c.Id == channelId).Select(c => (int?)c.SiteId).SingleOrDefaultAsync();
}
