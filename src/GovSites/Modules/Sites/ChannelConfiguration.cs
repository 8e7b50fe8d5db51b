using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Sites;

public sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.ExternalUrl).HasMaxLength(500);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Channel>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SiteId, c.Key }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
