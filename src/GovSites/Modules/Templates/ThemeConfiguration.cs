using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Templates;

public sealed class ThemeSettingsConfiguration : IEntityTypeConfiguration<ThemeSettings>
{
    public void Configure(EntityTypeBuilder<ThemeSettings> builder)
    {
        builder.HasKey(t => t.SiteId);
        builder.Property(t => t.SiteId).ValueGeneratedNever();
        builder.Property(t => t.MainColor).HasMaxLength(7);
        builder.HasOne<Site>().WithOne().HasForeignKey<ThemeSettings>(t => t.SiteId).OnDelete(DeleteBehavior.Cascade);
        // By type name: Templates may not use the Organization module's types (ArchitectureTests).
        builder.HasOne("GovSites.Modules.Organization.Account", null).WithMany().HasForeignKey(nameof(ThemeSettings.UpdatedById)).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

public sealed class TemplateOverrideConfiguration : IEntityTypeConfiguration<TemplateOverride>
{
    public void Configure(EntityTypeBuilder<TemplateOverride> builder)
    {
        builder.Property(t => t.Name).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne("GovSites.Modules.Organization.Account", null).WithMany().HasForeignKey(nameof(TemplateOverride.UpdatedById)).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.SiteId, t.Name }).IsUnique();
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
