using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Submissions;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Channel>().WithMany().HasForeignKey(s => s.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.State);
        builder.Property(s => s.DecidedById);
        builder.Property(s => s.DecidedAt);
        builder.Property(s => s.AdoptedAt);
        builder.Property(s => s.Reason).HasMaxLength(Submission.MaxReasonLength);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // The inbox (waiting per channel, oldest first), a unit's list, and publishing's adopted per channel.
        builder.HasIndex(s => new { s.State, s.ChannelId, s.SubmittedAt });
        builder.HasIndex(s => new { s.UnitId, s.SubmittedAt });
        builder.HasIndex(s => new { s.ArticleId, s.ChannelId });
    }
}
