using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Platform.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.SiteId, e.At });
        builder.HasIndex(e => new { e.AccountId, e.At });
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ObjectType).HasMaxLength(100);
        builder.Property(e => e.ObjectId).HasMaxLength(100);
        builder.Property(e => e.Result).HasMaxLength(50);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}

public sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.HasData(new AuditChainHead { Id = 1, Sequence = 0, Hash = AuditHash.Genesis });
    }
}
