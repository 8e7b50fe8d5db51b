using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Content;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Subtitle).HasMaxLength(200);
        builder.Property(a => a.Source).HasMaxLength(100);
        builder.Property(a => a.Author).HasMaxLength(100);
        builder.Property(a => a.IssuingBody).HasMaxLength(100);
        builder.Property(a => a.DocumentNumber).HasMaxLength(100);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Channel>().WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChannelId, a.State, a.PublishedAt });
        builder.HasIndex(a => new { a.SiteId, a.State, a.PublishedAt });
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
