using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review.Chains;

/// <summary>
/// 设置审核流程 of a site, or of one channel (replacing the site's for it). Only the platform admin
/// (县信息化管理办公室) sets chains. Reviews already under way keep the steps they started with.
/// </summary>
[Authorize(Roles = RoleNames.PlatformAdmin)]
public sealed class EditModel(GovSitesDbContext db, SiteDirectory directory, CurrentStaff staff, TimeProvider time) : PageModel
{
    public const string ConflictMessage = "该记录已被他人修改，请刷新后重新编辑。";

    public sealed record AccountOption(int Id, string Label);

    [BindProperty]
    public ChainInput Input { get; set; } = new();

    public ReviewChain? Chain { get; private set; }

    public SiteDirectory.SiteEntry Site { get; private set; } = null!;

    public SiteDirectory.ChannelEntry? Channel { get; private set; }

    public List<AccountOption> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? site, int? channel)
    {
        if (await LoadAsync(id, site, channel) is { } missing)
        {
            return missing;
        }

        Input = Chain is null ? ChainInput.Default() : ChainInput.From(Chain);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? site, int? channel)
    {
        if (await LoadAsync(id, site, channel) is { } missing)
        {
            return missing;
        }

        Input.Padded();
        var steps = Input.ToSteps();
        foreach (var error in ReviewChainRules.Validate(steps, Accounts.Select(a => a.Id).ToHashSet()))
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var chain = Chain ?? db.Add(new ReviewChain { SiteId = Site.Id, ChannelId = Channel?.Id }).Entity;
        chain.AllowSelfApproval = Input.AllowSelfApproval;
        chain.Steps.Clear();
        chain.Steps.AddRange(steps);
        chain.UpdatedAt = time.GetUtcNow();
        chain.UpdatedById = staff.AccountId;
        if (Chain is not null)
        {
            db.Entry(chain).Property(c => c.Version).OriginalValue = Input.Version;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
            return Page();
        }
        catch (DbUpdateException) when (Chain is null)
        {
            // Another admin created the chain of this site or channel between our check and our save (unique index).
            ModelState.AddModelError(string.Empty, "该站点（栏目）的审核流程刚由他人设置，请返回列表后编辑。");
            return Page();
        }

        TempData["Message"] = $"已保存“{Title}”。";
        return Redirect($"/admin/review/chains?site={Site.Id}");
    }

    /// <summary>Only a channel's chain is deleted: its articles then follow the site's chain. A site keeps its chain.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int? id)
    {
        if (await LoadAsync(id, null, null) is { } missing)
        {
            return missing;
        }

        if (Chain is null || Chain.ChannelId is null)
        {
            return BadRequest();
        }

        db.Remove(Chain);
        await db.SaveChangesAsync();
        TempData["Message"] = $"已删除“{Title}”，该栏目的稿件改为按站点审核流程审核。";
        return Redirect($"/admin/review/chains?site={Site.Id}");
    }

    public string Title => Channel is null ? $"{Site.Name}的审核流程" : $"{Site.Name}“{Channel.Name}”栏目的审核流程";

    private async Task<IActionResult?> LoadAsync(int? id, int? siteId, int? channelId)
    {
        if (id is { } chainId)
        {
            Chain = await db.Set<ReviewChain>().Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == chainId);
            if (Chain is null)
            {
                return NotFound();
            }

            (siteId, channelId) = (Chain.SiteId, Chain.ChannelId);
        }
        else if (await db.Set<ReviewChain>().Where(c => c.SiteId == siteId && c.ChannelId == channelId).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } existing)
        {
            return Redirect($"/admin/review/chains/{existing}");
        }

        if (siteId is null || await directory.SiteAsync(siteId.Value) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        if (channelId is { } cid)
        {
            Channel = (await directory.ChannelsAsync(site.Id)).SingleOrDefault(c => c.Id == cid);
            if (Channel is null)
            {
                return NotFound();
            }
        }

        Accounts = await db.Users.AsNoTracking().Where(u => u.UnitId == site.UnitId && !u.IsDisabled).OrderBy(u => u.Id)
            .Select(u => new AccountOption(u.Id, u.DisplayName + "（" + u.UserName + "）")).ToListAsync();
        return null;
    }
}
