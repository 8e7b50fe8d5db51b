using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Organization;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.CreditCode).HasMaxLength(18).IsFixedLength();
        builder.HasIndex(u => u.CreditCode).IsUnique();
        builder.HasIndex(u => u.Name).IsUnique();
        builder.Property(u => u.ContactPhone).HasMaxLength(50);
        builder.Property(u => u.Address).HasMaxLength(200);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}
