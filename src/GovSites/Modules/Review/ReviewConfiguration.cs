using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Review;

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ArticleRevision>().WithMany().HasForeignKey(r => r.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.CurrentStep);
        builder.Property(r => r.State);
        builder.Property(r => r.FinishedAt);
        builder.Ignore(r => r.Current);

        // The inbox: reviews in progress of the user's unit, oldest first.
        builder.HasIndex(r => new { r.State, r.UnitId, r.SubmittedAt });
        builder.HasIndex(r => new { r.ArticleId, r.SubmittedAt });
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

public sealed class ReviewStepConfiguration : IEntityTypeConfiguration<ReviewStep>
{
    public void Configure(EntityTypeBuilder<ReviewStep> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Chains.ReviewChainRules.MaxNameLength);
        builder.Property(s => s.Role).HasMaxLength(50);
        builder.HasIndex(s => new { s.ReviewId, s.Order }).IsUnique();
    }
}

public sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.Property(d => d.StepName).HasMaxLength(Chains.ReviewChainRules.MaxNameLength);
        builder.Property(d => d.AccountName).HasMaxLength(100);
        builder.Property(d => d.Opinion).HasMaxLength(Review.MaxOpinionLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
