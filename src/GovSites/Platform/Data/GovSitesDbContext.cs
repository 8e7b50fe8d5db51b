using GovSites.Modules.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Platform.Data;

/// <summary>
/// The one database context. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteGovSitesDbContext"/>, <see cref="PostgresGovSitesDbContext"/>); make them with
/// <c>./scripts/add-migration.sh Name</c>.
/// </summary>
public abstract class GovSitesDbContext(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<int>, int>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Modules.Sites.Site> Sites => Set<Modules.Sites.Site>();

    public DbSet<Modules.Sites.SiteDomain> SiteDomains => Set<Modules.Sites.SiteDomain>();

    public DbSet<Modules.Sites.Channel> Channels => Set<Modules.Sites.Channel>();

    public DbSet<Modules.Content.Article> Articles => Set<Modules.Content.Article>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GovSitesDbContext).Assembly);
        builder.Entity<IdentityRole<int>>().ToTable("Roles");
        builder.Entity<IdentityUserRole<int>>().ToTable("AccountRoles");
        builder.Entity<IdentityUserClaim<int>>().ToTable("AccountClaims");
        builder.Entity<IdentityUserLogin<int>>().ToTable("AccountLogins");
        builder.Entity<IdentityUserToken<int>>().ToTable("AccountTokens");
        builder.Entity<IdentityRoleClaim<int>>().ToTable("RoleClaims");
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
