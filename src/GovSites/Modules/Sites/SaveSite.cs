using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>Creates and edits sites, for the site pages and the API alike: access, rules, optimistic concurrency.</summary>
public sealed class SaveSite(GovSitesDbContext db, SiteAccess access, SiteRules rules, ILogger<SaveSite> logger)
{
    public async Task<SaveOutcome> CreateAsync(SiteInput input)
    {
        if (!access.CanManage)
        {
            return SaveOutcome.Forbidden;
        }

        input = input.Normalized();
        var errors = await rules.CheckAsync(input, existing: null);
        if (!errors.IsEmpty)
        {
            return SaveOutcome.Invalid(errors);
        }

        var site = new Site { Key = input.Key!, Name = input.Name!, Sponsor = input.Sponsor!, Operator = input.Operator! };
        input.ApplyTo(site);
        site.Domains = [.. input.Domains.Distinct().Select(host => new SiteDomain { Host = host })];
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        logger.LogInformation("Created site {SiteKey} ({SiteId})", site.Key, site.Id);
        return SaveOutcome.Saved(site.Id);
    }

    /// <summary>Saves <paramref name="input"/> over the site as it was at <paramref name="version"/>; a newer save by someone else wins.</summary>
    public async Task<SaveOutcome> EditAsync(int id, int version, SiteInput input)
    {
        var site = await access.VisibleSites().Include(s => s.Domains).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return SaveOutcome.NotFound;
        }

        if (!access.CanManage)
        {
            return SaveOutcome.Forbidden;
        }

        input = input.Normalized();
        var errors = await rules.CheckAsync(input, site);
        if (!errors.IsEmpty)
        {
            return SaveOutcome.Invalid(errors);
        }

        if (site.Version != version)
        {
            return SaveOutcome.Conflict;
        }

        input.ApplyTo(site);
        var hosts = input.Domains.ToHashSet(StringComparer.Ordinal);
        site.Domains.RemoveAll(d => !hosts.Contains(d.Host));
        site.Domains.AddRange(hosts.Except(site.Domains.Select(d => d.Host)).Select(host => new SiteDomain { Host = host }));

        var entry = db.Entry(site);
        entry.Property(s => s.Version).OriginalValue = version;
        // A change of domains alone leaves the site row untouched; marking the version keeps the check.
        entry.Property(s => s.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }

        logger.LogInformation("Edited site {SiteKey} ({SiteId})", site.Key, site.Id);
        return SaveOutcome.Saved(site.Id);
    }
}
