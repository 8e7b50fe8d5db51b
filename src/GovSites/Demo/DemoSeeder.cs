using System.Globalization;
using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Passwords;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Demo;

/// <summary>Seeds the demo county (<see cref="DemoCounty"/>) into an empty database, in one transaction.</summary>
public sealed class DemoSeeder(
    GovSitesDbContext db,
    UserManager<Account> users,
    RoleManager<IdentityRole<int>> roles,
    DemoPasswords passwords,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public async Task<bool> IsDatabaseEmptyAsync() => !await db.Units.AnyAsync();

    /// <summary>Seeds and returns each demo account with its generated password.</summary>
    public async Task<IReadOnlyList<(string UserName, string Role, string Password)>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var created = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeedRolesAsync();
            var units = await SeedUnitsAsync(cancellationToken);
            var sites = await SeedSitesAsync(units, cancellationToken);
            var accounts = await SeedAccountsAsync(units, sites, cancellationToken);
            await new DemoReviewChains(db, time).SeedAsync(sites.Values, cancellationToken);
            await new DemoThemes(db, time).SeedAsync(sites.Values, cancellationToken);
            var articleCount = await new DemoArticles(db, time).SeedAsync(sites, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded the demo county: {Units} units, {Sites} sites, {Articles} articles", units.Count, sites.Count, articleCount);
            return accounts;
        });
        await passwords.WriteAsync(created, cancellationToken);
        return created;
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<int>(role)));
            }
        }
    }

    private async Task<Dictionary<string, Unit>> SeedUnitsAsync(CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, Unit>();
        var order = 0;
        foreach (var seed in DemoCounty.Units)
        {
            order++;
            // 1 = 机构编制 registration, 1 = 机关; then the region code and a 9-character organisation code.
            var first17 = string.Create(CultureInfo.InvariantCulture, $"11{DemoCounty.RegionCode}0066{order:D4}5");
            var unit = new Unit { Name = seed.Name, Kind = seed.Kind, CreditCode = CreditCode.Complete(first17), SortOrder = order, ContactPhone = "0746-7721234" };
            db.Units.Add(unit);
            units[seed.Name] = unit;
        }

        await db.SaveChangesAsync(cancellationToken);
        return units;
    }

    private async Task<Dictionary<string, Site>> SeedSitesAsync(Dictionary<string, Unit> units, CancellationToken cancellationToken)
    {
        var sites = new Dictionary<string, Site>();
        var sequence = 0;
        foreach (var seed in DemoCounty.Units.Where(u => u.SiteKey is not null))
        {
            sequence++;
            var isPortal = seed.SiteKey == "portal";
            var host = isPortal ? "www.shuangpai.gov.cn" : $"{seed.SiteKey}.shuangpai.gov.cn";
            var site = new Site
            {
                Key = seed.SiteKey!,
                Name = seed.SiteName ?? seed.Name,
                Kind = isPortal ? SiteKind.Portal : SiteKind.UnitSite,
                UnitId = units[seed.Name].Id,
                SiteCode = string.Create(CultureInfo.InvariantCulture, $"{DemoCounty.RegionCode}{sequence:D4}"),
                IcpNumber = "湘ICP备05004233号",
                PoliceFilingNumber = string.Create(CultureInfo.InvariantCulture, $"湘公网安备 {DemoCounty.RegionCode}02{sequence:D6}号"),
                Sponsor = isPortal ? "双牌县人民政府" : seed.Name,
                Operator = isPortal ? "双牌县人民政府办公室" : seed.Name,
                ContactPhone = "0746-7721234",
                ContactEmail = "spxzfb@shuangpai.gov.cn",
                ContactAddress = "湖南省永州市双牌县泷泊镇潇水中路",
                Status = SiteStatus.Online,
                Domains = isPortal ? [new SiteDomain { Host = host }, new SiteDomain { Host = "shuangpai.gov.cn" }] : [new SiteDomain { Host = host }],
            };
            db.Sites.Add(site);
            sites[site.Key] = site;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var site in sites.Values)
        {
            await SeedChannelsAsync(site, site.Kind == SiteKind.Portal ? DemoCounty.PortalChannels : DemoCounty.UnitChannels, cancellationToken);
        }

        return sites;
    }

    private async Task SeedChannelsAsync(Site site, DemoCounty.ChannelSeed[] seeds, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, Channel>();
        var order = 0;
        foreach (var seed in seeds)
        {
            var channel = new Channel
            {
                SiteId = site.Id,
                Key = seed.Key,
                Name = seed.Name,
                Type = seed.Type,
                Category = seed.Category,
                UpdateMinItems = seed.MinItems,
                UpdatePeriodDays = seed.PeriodDays,
                ResponsibleUnitId = site.UnitId,
                SortOrder = ++order,
                ExternalUrl = seed.Type == ChannelType.ExternalLink ? "https://zwfw-new.hunan.gov.cn/" : null,
                ParentId = seed.Parent is { } parent ? byKey[parent].Id : null,
            };
            db.Channels.Add(channel);
            await db.SaveChangesAsync(cancellationToken);
            byKey[seed.Key] = channel;
        }
    }

    private async Task<List<(string UserName, string Role, string Password)>> SeedAccountsAsync(
        Dictionary<string, Unit> units, Dictionary<string, Site> sites, CancellationToken cancellationToken)
    {
        var created = new List<(string, string, string)>();
        var now = time.GetUtcNow();
        foreach (var seed in DemoCounty.Accounts)
        {
            var account = new Account { UserName = seed.UserName, DisplayName = seed.DisplayName, UnitId = units[seed.UnitName].Id, PasswordChangedAt = now };
            var password = PasswordGenerator.Generate();
            Check(await users.CreateAsync(account, password));
            Check(await users.AddToRoleAsync(account, seed.Role));
            if (seed.GrantSiteKey is { } key)
            {
                db.Grants.Add(new Grant { AccountId = account.Id, SiteId = sites[key].Id, GrantedAt = now });
            }

            created.Add((seed.UserName, seed.Role, password));
        }

        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding the demo county failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
