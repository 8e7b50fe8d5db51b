using System.Globalization;
using GovSites.BenchCorpus;
using GovSites.Modules.Organization;
using GovSites.Modules.Review.Chains;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Publishing;

/// <summary>
/// The corpus's sites that the demo county lacks (上梧江瑶族乡, 五星岭乡 and 5 county departments), added as the
/// demo seeder adds its own: a unit (or the existing 双牌县财政局), an online site with its identity and domain,
/// the unit channel set copied from 泷泊镇, and the 3-step review chain.
/// </summary>
internal static class ExtraSites
{
    public static async Task<int> AddAsync(GovSitesDbContext db)
    {
        var existing = await db.Sites.Select(s => s.Key).ToListAsync();
        var template = await db.Channels.AsNoTracking().Where(c => db.Sites.Any(s => s.Id == c.SiteId && s.Key == "lbz")).OrderBy(c => c.SortOrder).ToListAsync();
        var unitCount = await db.Units.CountAsync();
        var siteCount = existing.Count;
        var added = 0;
        foreach (var corpusSite in SyntheticCorpus.Sites.Where(s => !existing.Contains(s.Key)))
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Name == corpusSite.Name);
            if (unit is null)
            {
                var first17 = string.Create(CultureInfo.InvariantCulture, $"114311230066{++unitCount:D4}5");
                unit = new Unit { Name = corpusSite.Name, Kind = Kind(corpusSite.Kind), CreditCode = CreditCode.Complete(first17), SortOrder = unitCount, ContactPhone = "0746-7721234" };
                db.Units.Add(unit);
                await db.SaveChangesAsync();
            }

            siteCount++;
            var site = new Site
            {
                Key = corpusSite.Key,
                Name = corpusSite.Name,
                Kind = SiteKind.UnitSite,
                UnitId = unit.Id,
                SiteCode = string.Create(CultureInfo.InvariantCulture, $"431123{siteCount:D4}"),
                IcpNumber = "湘ICP备05004233号",
                PoliceFilingNumber = string.Create(CultureInfo.InvariantCulture, $"湘公网安备 43112302{siteCount:D6}号"),
                Sponsor = corpusSite.Name,
                Operator = corpusSite.Name,
                ContactPhone = "0746-7721234",
                ContactEmail = "spxzfb@shuangpai.gov.cn",
                ContactAddress = "湖南省永州市双牌县泷泊镇潇水中路",
                Status = SiteStatus.Online,
                Domains = [new SiteDomain { Host = corpusSite.Key + ".shuangpai.gov.cn" }],
            };
            db.Sites.Add(site);
            await db.SaveChangesAsync();
            await CopyChannelsAsync(db, site, unit, template);
            db.Add(new ReviewChain
            {
                SiteId = site.Id,
                UpdatedAt = DateTimeOffset.UtcNow,
                Steps =
                [
                    new() { Order = 1, Name = "初审", Kind = ReviewStepKind.Ordinary, Role = RoleNames.Reviewer },
                    new() { Order = 2, Name = "来源审核", Kind = ReviewStepKind.SourceCheck, Role = RoleNames.Reviewer },
                    new() { Order = 3, Name = "保密审查", Kind = ReviewStepKind.Secrecy, Role = RoleNames.SecrecyReviewer },
                ],
            });
            await db.SaveChangesAsync();
            added++;
        }

        return added;
    }

    private static async Task CopyChannelsAsync(GovSitesDbContext db, Site site, Unit unit, List<Channel> template)
    {
        var ids = new Dictionary<int, int>();
        foreach (var source in template)
        {
            var channel = new Channel
            {
                SiteId = site.Id,
                Key = source.Key,
                Name = source.Name,
                Type = source.Type,
                Category = source.Category,
                UpdateMinItems = source.UpdateMinItems,
                UpdatePeriodDays = source.UpdatePeriodDays,
                ResponsibleUnitId = unit.Id,
                SortOrder = source.SortOrder,
                ExternalUrl = source.ExternalUrl,
                ParentId = source.ParentId is { } parent ? ids[parent] : null,
            };
            db.Channels.Add(channel);
            await db.SaveChangesAsync();
            ids[source.Id] = channel.Id;
        }
    }

    private static UnitKind Kind(string kind) => kind switch
    {
        "乡镇" => UnitKind.Township,
        "林场" => UnitKind.ForestFarm,
        _ => UnitKind.CountyDepartment,
    };
}
