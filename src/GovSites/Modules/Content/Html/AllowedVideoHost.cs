using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovSites.Modules.Content.Html;

/// <summary>允许嵌入的视频网站：an https host whose video players may appear in article bodies as iframes.</summary>
public sealed class AllowedVideoHost
{
    public int Id { get; set; }

    /// <summary>Lower-case ASCII host name (IDN in punycode), e.g. <c>player.bilibili.com</c>.</summary>
    public required string Host { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public int? AddedById { get; set; }
}

public sealed class AllowedVideoHostConfiguration : IEntityTypeConfiguration<AllowedVideoHost>
{
    public void Configure(EntityTypeBuilder<AllowedVideoHost> builder)
    {
        builder.ToTable("AllowedVideoHosts");
        builder.Property(h => h.Host).HasMaxLength(VideoHostName.MaxLength);
        builder.HasIndex(h => h.Host).IsUnique();
    }
}
