using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Review.Chains;

public sealed class ReviewChainConfiguration : IEntityTypeConfiguration<ReviewChain>
{
    public void Configure(EntityTypeBuilder<ReviewChain> builder)
    {
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.ChainId).OnDelete(DeleteBehavior.Cascade);

        // One chain per site and one per channel. Both indexes are needed: NULL channel ids are distinct in a unique index.
        builder.HasIndex(c => c.SiteId).IsUnique().HasFilter("\"ChannelId\" IS NULL");
        builder.HasIndex(c => new { c.SiteId, c.ChannelId }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

public sealed class ReviewChainStepConfiguration : IEntityTypeConfiguration<ReviewChainStep>
{
    public void Configure(EntityTypeBuilder<ReviewChainStep> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(ReviewChainRules.MaxNameLength);
        builder.Property(s => s.Role).HasMaxLength(50);
        builder.HasIndex(s => new { s.ChainId, s.Order }).IsUnique();
    }
}
