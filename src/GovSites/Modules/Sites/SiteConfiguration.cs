using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Sites;

public sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.UnitId).IsUnique();
        builder.Property(s => s.SiteCode).HasMaxLength(10);
        builder.HasIndex(s => s.SiteCode).IsUnique();
        builder.Property(s => s.IcpNumber).HasMaxLength(50);
        builder.Property(s => s.PoliceFilingNumber).HasMaxLength(50);
        builder.Property(s => s.Sponsor).HasMaxLength(100);
        builder.Property(s => s.Operator).HasMaxLength(100);
        builder.Property(s => s.ContactPhone).HasMaxLength(50);
        builder.Property(s => s.ContactEmail).HasMaxLength(100);
        builder.Property(s => s.ContactAddress).HasMaxLength(200);
        builder.HasMany(s => s.Domains).WithOne().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

public sealed class SiteDomainConfiguration : IEntityTypeConfiguration<SiteDomain>
{
    public void Configure(EntityTypeBuilder<SiteDomain> builder)
    {
        builder.Property(d => d.Host).HasMaxLength(253);
        builder.HasIndex(d => d.Host).IsUnique();
    }
}

/// <summary>Grants point at sites and channels; the foreign keys live here because Sites sits above Organization.</summary>
public sealed class GrantSiteConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.HasOne<Site>().WithMany().HasForeignKey(g => g.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Channel>().WithMany().HasForeignKey(g => g.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
