using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Content.Attachments;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.Property(a => a.FileName).HasMaxLength(FileNameRules.MaxLength);
        builder.Property(a => a.StoredName).HasMaxLength(100);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.HasIndex(a => new { a.SiteId, a.UploadedAt });
        builder.HasIndex(a => a.ArticleId);
    }
}
