using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Publishing;

public sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SiteId, r.Number }).IsUnique();
        builder.Property(r => r.ThemeFingerprint).HasMaxLength(100);
    }
}

public sealed class PublishedArticleConfiguration : IEntityTypeConfiguration<PublishedArticle>
{
    public void Configure(EntityTypeBuilder<PublishedArticle> builder)
    {
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Path).HasMaxLength(200);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(500);
        builder.Property(p => p.CreditUnit).HasMaxLength(100);

        // One page per article and channel of a site (an article adopted into two portal channels has two).
        builder.HasIndex(p => new { p.SiteId, p.ArticleId, p.ChannelId }).IsUnique();
        builder.HasIndex(p => new { p.SiteId, p.ChannelId, p.PublishedAt });
    }
}

public sealed class PublishJobConfiguration : IEntityTypeConfiguration<PublishJob>
{
    public void Configure(EntityTypeBuilder<PublishJob> builder)
    {
        builder.HasOne<Site>().WithMany().HasForeignKey(j => j.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.Property(j => j.Owner).HasMaxLength(200);
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
        builder.HasIndex(j => new { j.SiteId, j.CreatedAt });

        // At most one running job per site, whichever node claims it: the second claim violates this index.
        builder.HasIndex(j => j.SiteId).IsUnique().HasFilter("\"State\" = 1").HasDatabaseName("IX_PublishJobs_OneRunningPerSite");
    }
}
