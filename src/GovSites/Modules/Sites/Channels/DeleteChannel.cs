using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>Deletes an empty channel: one without child channels and without articles.</summary>
public sealed class DeleteChannel(GovSitesDbContext db, SiteAccess access, ILogger<DeleteChannel> logger)
{
    public const string HasChildrenMessage = "该栏目下还有下级栏目，不能删除。请先删除或移走下级栏目。";
    public const string HasArticlesMessage = "该栏目下还有信息，不能删除。请先把信息移到其他栏目或删除。";

    public async Task<SaveOutcome> DeleteAsync(int id, int version)
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

        var errors = new RuleErrors();
        if (await db.Channels.AnyAsync(c => c.ParentId == id))
        {
            errors.Add(string.Empty, HasChildrenMessage);
            return SaveOutcome.Invalid(errors);
        }

        if (channel.Version != version)
        {
            return SaveOutcome.Conflict;
        }

        db.Entry(channel).Property(c => c.Version).OriginalValue = version;
        db.Channels.Remove(channel);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
        catch (DbUpdateException)
        {
            // Articles live in Content, which Sites may not read (DESIGN.md module table). Their foreign key
            // to the channel is Restrict, so the database itself refuses to delete a channel that still has
            // articles; child channels, the only other restricting reference, were ruled out above.
            errors.Add(string.Empty, HasArticlesMessage);
            return SaveOutcome.Invalid(errors);
        }

        logger.LogInformation("Deleted channel {ChannelKey} ({ChannelId}) of site {SiteId}", channel.Key, channel.Id, channel.SiteId);
        return SaveOutcome.Saved(channel.SiteId);
    }
}
