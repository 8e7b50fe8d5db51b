using System.Net.Mail;
using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>
/// Every check of a site's settings, in one place: the site pages and <c>/api/v1/sites</c> both call
/// <see cref="CheckAsync"/>. Uniqueness is checked against all sites, not only the visible ones, since a
/// key, domain or 网站标识码 belongs to one site in the whole installation.
/// </summary>
public sealed class SiteRules(GovSitesDbContext db)
{
    /// <summary>Checks a normalised input; <paramref name="existing"/> is the site being edited, null for a new one.</summary>
    public async Task<RuleErrors> CheckAsync(SiteInput input, Site? existing)
    {
        var errors = new RuleErrors();
        var self = existing?.Id ?? 0;
        CheckFields(input, errors);
        await CheckKindAndKeyAsync(input, existing, self, errors);
        await CheckUnitAsync(input, self, errors);
        await CheckDomainsAsync(input, self, errors);
        await CheckSiteCodeAsync(input, self, errors);
        return errors;
    }

    private static void CheckFields(SiteInput input, RuleErrors errors)
    {
        errors.CheckText(nameof(input.Name), input.Name, "站点名称", 100, required: true);
        errors.CheckText(nameof(input.IcpNumber), input.IcpNumber, "ICP备案号", 50);
        errors.CheckText(nameof(input.PoliceFilingNumber), input.PoliceFilingNumber, "公安备案号", 50);
        errors.CheckText(nameof(input.Sponsor), input.Sponsor, "主办单位", 100, required: true);
        errors.CheckText(nameof(input.Operator), input.Operator, "承办单位", 100, required: true);
        errors.CheckText(nameof(input.ContactPhone), input.ContactPhone, "联系电话", 50);
        errors.CheckText(nameof(input.ContactEmail), input.ContactEmail, "联系邮箱", 100);
        errors.CheckText(nameof(input.ContactAddress), input.ContactAddress, "联系地址", 200);
        if (input.ContactEmail is { } email && !(MailAddress.TryCreate(email, out var parsed) && parsed.Address == email))
        {
            errors.Add(nameof(input.ContactEmail), $"联系邮箱“{email}”格式不正确。");
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(nameof(input.Status), "请选择站点状态。");
        }
        else if (status == SiteStatus.Online && input.SiteCode is null)
        {
            // DOMAIN.md §1: the identification code is the last step before launch, so a running site has one.
            errors.Add(nameof(input.SiteCode), "运行中的站点必须填写网站标识码。");
        }
    }

    private async Task CheckKindAndKeyAsync(SiteInput input, Site? existing, int self, RuleErrors errors)
    {
        var keyField = nameof(input.Key);
        if (input.Key is not { } key)
        {
            errors.Add(keyField, "请填写站点标识。");
        }
        else if (!KeyFormat.IsValid(key))
        {
            errors.Add(keyField, "站点标识只能由小写字母、数字和连字符（-）组成，长 2 至 40 位。");
        }
        else if (await db.Sites.Where(s => s.Key == key && s.Id != self).Select(s => s.Name).FirstOrDefaultAsync() is { } other)
        {
            errors.Add(keyField, $"站点标识“{key}”已被“{other}”使用。");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "请选择站点类型（门户网站或单位站点）。");
            return;
        }

        if (kind == SiteKind.Portal)
        {
            if (await db.Sites.Where(s => s.Kind == SiteKind.Portal && s.Id != self).Select(s => s.Name).FirstOrDefaultAsync() is { } portal)
            {
                errors.Add(nameof(input.Kind), $"门户网站只能有一个，已有“{portal}”。");
            }

            if (input.Key is not null && input.Key != KeyFormat.PortalKey)
            {
                errors.Add(keyField, $"门户网站的标识必须是 {KeyFormat.PortalKey}。");
            }
        }
        else if (existing?.Kind == SiteKind.Portal)
        {
            errors.Add(nameof(input.Kind), "门户网站不能改为单位站点：全县必须有一个门户网站。");
        }
        else if (input.Key == KeyFormat.PortalKey)
        {
            errors.Add(keyField, $"标识 {KeyFormat.PortalKey} 留给门户网站，单位站点请另取标识。");
        }
    }

    private async Task CheckUnitAsync(SiteInput input, int self, RuleErrors errors)
    {
        if (input.UnitId is not { } unitId)
        {
            errors.Add(nameof(input.UnitId), "请选择所属单位。");
        }
        else if (!await db.Units.AnyAsync(u => u.Id == unitId))
        {
            errors.Add(nameof(input.UnitId), "所选单位不存在，请重新选择。");
        }
        else if (await db.Sites.Where(s => s.UnitId == unitId && s.Id != self).Select(s => s.Name).FirstOrDefaultAsync() is { } other)
        {
            // DOMAIN.md §1 (国办发〔2017〕47号): a unit has at most one site.
            errors.Add(nameof(input.UnitId), $"该单位已有站点“{other}”，一个单位只能有一个站点。");
        }
    }

    private async Task CheckDomainsAsync(SiteInput input, int self, RuleErrors errors)
    {
        var field = nameof(input.Domains);
        var valid = new List<string>();
        foreach (var group in input.Domains.GroupBy(d => d, StringComparer.Ordinal))
        {
            if (HostName.Validate(group.Key) is { } reason)
            {
                errors.Add(field, reason);
            }
            else
            {
                valid.Add(group.Key);
            }

            if (group.Count() > 1)
            {
                errors.Add(field, $"域名“{group.Key}”填写了不止一次。");
            }
        }

        if (valid.Count == 0)
        {
            return;
        }

        // Stored hosts are lower-case (every write goes through SiteInput.Normalized), so equality is enough.
        var taken = await (from d in db.SiteDomains
                           join s in db.Sites on d.SiteId equals s.Id
                           where valid.Contains(d.Host) && s.Id != self
                           select new { d.Host, s.Name }).ToListAsync();
        foreach (var t in taken.OrderBy(t => t.Host, StringComparer.Ordinal))
        {
            errors.Add(field, $"域名“{t.Host}”已被“{t.Name}”使用，一个域名只能属于一个站点。");
        }
    }

    private async Task CheckSiteCodeAsync(SiteInput input, int self, RuleErrors errors)
    {
        if (input.SiteCode is not { } code)
        {
            return;
        }

        if (SiteCodeFormat.Validate(code) is { } reason)
        {
            errors.Add(nameof(input.SiteCode), reason);
        }
        else if (await db.Sites.Where(s => s.SiteCode == code && s.Id != self).Select(s => s.Name).FirstOrDefaultAsync() is { } other)
        {
            errors.Add(nameof(input.SiteCode), $"网站标识码“{code}”已被“{other}”使用。");
        }
    }
}
