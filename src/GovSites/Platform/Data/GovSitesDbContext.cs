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

    public DbSet<Modules.Templates.ThemeSettings> ThemeSettings => Set<Modules.Templates.ThemeSettings>();

    public DbSet<Modules.Templates.TemplateOverride> TemplateOverrides => Set<Modules.Templates.TemplateOverride>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    /// <summary>Set while <see cref="Audit.AuditChain"/> saves audit entries, so they are not audited in turn.</summary>
    internal bool AppendingAudit { get; set; }

    /// <summary>Changes captured before a save, chained into the audit trail after it.</summary>
    internal List<Audit.AuditedChange>? PendingAudit { get; set; }

    /// <summary>The transaction the audit interceptor opened for a save that had none.</summary>
    internal Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? OwnedAuditTransaction { get; set; }

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

    /// <summary>
    /// Saves are asynchronous only: the audit entries of a save are chained in the same transaction by
    /// <see cref="Audit.AuditInterceptor"/>, which is written once, for the asynchronous path.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("GovSites saves with SaveChangesAsync, so every change is audited in its transaction.");

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
