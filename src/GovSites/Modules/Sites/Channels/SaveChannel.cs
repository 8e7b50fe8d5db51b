using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>Creates and edits (and so moves) channels, for the channel pages and the API alike.</summary>
public sealed class SaveChannel(GovSitesDbContext db, SiteAccess access, ChannelRules rules, ILogger<SaveChannel> logger)
{
    public async Task<SaveOutcome> CreateAsync(int siteId, ChannelInput input)
    {
        if (!await access.VisibleSites().AnyAsync(s => s.Id == siteId))
        {
            return SaveOutcome.NotFound;
        }

        if (!access.CanManage)
        {
            return SaveOutcome.Forbidden;
        }

        input = input.Normalized();
        var errors = await rules.CheckAsync(siteId, input, existing: null);
        if (!errors.IsEmpty)
        {
            return SaveOutcome.Invalid(errors);
        }

        var channel = new Channel { SiteId = siteId, Key = input.Key!, Name = input.Name! };
        input.ApplyTo(channel);
        channel.SortOrder = input.SortOrder ?? await NextSortOrderAsync(siteId, input.ParentId);
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        logger.LogInformation("Created channel {ChannelKey} ({ChannelId}) on site {SiteId}", channel.Key, channel.Id, siteId);
        return SaveOutcome.Saved(channel.Id);
    }

    /// <summary>Saves <paramref name="input"/> over the channel as it was at <paramref name="version"/>; a newer save by someone else wins.</summary>
    public async Task<SaveOutcome> EditAsync(int id, int version, ChannelInput input)
    {
        var channel = await access.VisibleChannels().SingleOrDefaultAsync(c => c.Id == id);
        if (channel is null)
        {
            return SaveOutcome.NotFound;
        }

        if (!access.CanManage)
        {
            return SaveOutcome.Forbidden;
        }

        input = input.Normalized();
        var errors = await rules.CheckAsync(channel.SiteId, input, channel);
        if (!errors.IsEmpty)
        {
            return SaveOutcome.Invalid(errors);
        }

        if (channel.Version != version)
        {
            return SaveOutcome.Conflict;
        }

        input.ApplyTo(channel);
        channel.SortOrder = input.SortOrder ?? channel.SortOrder;
        db.Entry(channel).Property(c => c.Version).OriginalValue = version;
        db.Entry(channel).Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }

        logger.LogInformation("Edited channel {ChannelKey} ({ChannelId})", channel.Key, channel.Id);
        return SaveOutcome.Saved(channel.Id);
    }

    /// <summary>A new channel goes to the end of its level unless a sort order is given.</summary>
    public async Task<int> NextSortOrderAsync(int siteId, int? parentId) =>
        (await db.Channels.Where(c => c.SiteId == siteId && c.ParentId == parentId).MaxAsync(c => (int?)c.SortOrder) ?? 0) + 1;
}
