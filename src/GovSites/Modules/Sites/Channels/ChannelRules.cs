using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Channels;

/// <summary>Every check of a channel's settings, in one place: the channel pages and the API both call <see cref="CheckAsync"/>.</summary>
public sealed class ChannelRules(GovSitesDbContext db)
{
    public const string MoveUnderItselfMessage = "不能把栏目移到它自己或它的下级栏目之下。";

    private const int MaxSortOrder = 9999;

    /// <summary>Checks a normalised input for a channel of <paramref name="siteId"/>; <paramref name="existing"/> is null for a new one.</summary>
    public async Task<RuleErrors> CheckAsync(int siteId, ChannelInput input, Channel? existing)
    {
        var errors = new RuleErrors();
        errors.CheckText(nameof(input.Name), input.Name, "栏目名称", 50, required: true);
        await CheckKeyAsync(siteId, input, existing?.Id ?? 0, errors);
        await CheckParentAsync(siteId, input, existing, errors);
        CheckTypeAndUrl(input, errors);
        CheckUpdateRule(input, errors);
        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            errors.Add(nameof(input.Category), "请选择栏目类别。");
        }

        if (input.ResponsibleUnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId))
        {
            errors.Add(nameof(input.ResponsibleUnitId), "所选责任单位不存在，请重新选择。");
        }

        if (input.SortOrder is < 0 or > MaxSortOrder)
        {
            errors.Add(nameof(input.SortOrder), $"排序号应为 0 至 {MaxSortOrder} 之间的整数。");
        }

        return errors;
    }

    private async Task CheckKeyAsync(int siteId, ChannelInput input, int self, RuleErrors errors)
    {
        var field = nameof(input.Key);
        if (input.Key is not { } key)
        {
            errors.Add(field, "请填写栏目标识。");
        }
        else if (!KeyFormat.IsValid(key))
        {
            errors.Add(field, "栏目标识只能由小写字母、数字和连字符（-）组成，长 2 至 40 位。");
        }
        else if (ReservedKeys.IsReserved(key))
        {
            errors.Add(field, ReservedKeys.Message(key));
        }
        else if (await db.Channels.Where(c => c.SiteId == siteId && c.Key == key && c.Id != self).Select(c => c.Name).FirstOrDefaultAsync() is { } other)
        {
            errors.Add(field, $"本站点已有标识为“{key}”的栏目“{other}”。");
        }
    }

    private async Task CheckParentAsync(int siteId, ChannelInput input, Channel? existing, RuleErrors errors)
    {
        if (input.ParentId is not { } parentId)
        {
            return;
        }

        var parentOf = await db.Channels.Where(c => c.SiteId == siteId).ToDictionaryAsync(c => c.Id, c => c.ParentId);
        if (!parentOf.ContainsKey(parentId))
        {
            errors.Add(nameof(input.ParentId), "所选上级栏目不存在或不属于本站点。");
        }
        else if (existing is not null && ChannelTree.IsSelfOrDescendant(parentOf, existing.Id, parentId))
        {
            errors.Add(nameof(input.ParentId), MoveUnderItselfMessage);
        }
    }

    private static void CheckTypeAndUrl(ChannelInput input, RuleErrors errors)
    {
        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            errors.Add(nameof(input.Type), "请选择栏目类型（列表、单页或外部链接）。");
            return;
        }

        var field = nameof(input.ExternalUrl);
        if (type != ChannelType.ExternalLink)
        {
            if (input.ExternalUrl is not null)
            {
                errors.Add(field, "只有外部链接栏目才填写链接地址，请清空或把类型改为外部链接。");
            }
        }
        else if (input.ExternalUrl is not { } url)
        {
            errors.Add(field, "外部链接栏目须填写链接地址（以 http:// 或 https:// 开头）。");
        }
        else if (!IsHttpUrl(url))
        {
            errors.Add(field, $"链接地址“{url}”不正确，应以 http:// 或 https:// 开头，如 https://zwfw-new.hunan.gov.cn/。");
        }
        else
        {
            errors.CheckText(field, url, "链接地址", 500);
        }
    }

    /// <summary>At least N items every D days (国办秘函〔2019〕19号 judges channels by their own rule): both numbers or neither.</summary>
    private static void CheckUpdateRule(ChannelInput input, RuleErrors errors)
    {
        var (items, days) = (input.UpdateMinItems, input.UpdatePeriodDays);
        if (items is null != days is null)
        {
            errors.Add(items is null ? nameof(input.UpdateMinItems) : nameof(input.UpdatePeriodDays),
                "更新要求须同时填写天数和条数（每 D 天至少 N 条），或两项都不填。");
        }

        if (items is <= 0)
        {
            errors.Add(nameof(input.UpdateMinItems), "更新要求的条数应为正整数。");
        }

        if (days is <= 0)
        {
            errors.Add(nameof(input.UpdatePeriodDays), "更新要求的天数应为正整数。");
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
