using GovSites.Modules.Sites;
using GovSites.Modules.Templates;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>A channel as publishing needs it (no entity leaves the loader).</summary>
public sealed record ChannelInfo(int Id, int? ParentId, string Key, string Name, ChannelType Type, ChannelCategory Category, string? ExternalUrl, int SortOrder)
{
    /// <summary>List and single-page channels have pages in the release; external links have none.</summary>
    public bool HasPages => Type != ChannelType.ExternalLink;
}

/// <summary>Everything one publish job of a site renders with: the site's identity, channels, URLs and theme.</summary>
public sealed class SiteContext(int siteId, string key, bool isPortal, SiteUrls urls, SiteModel model, IReadOnlyList<ChannelInfo> channels, SiteTheme theme)
{
    private readonly Dictionary<int, ChannelInfo> byId = channels.ToDictionary(c => c.Id);

    public int SiteId { get; } = siteId;

    public string Key { get; } = key;

    public bool IsPortal { get; } = isPortal;

    public SiteUrls Urls { get; } = urls;

    public SiteModel Model { get; } = model;

    /// <summary>In tree order: parents before children, siblings by sort order.</summary>
    public IReadOnlyList<ChannelInfo> Channels { get; } = channels;

    public SiteTheme Theme { get; } = theme;

    /// <summary>A channel of this site; a missing one fails the job (the release stays as it was).</summary>
    public ChannelInfo Channel(int id) =>
        byId.TryGetValue(id, out var channel) ? channel : throw new PublishException($"栏目（编号 {id}）不存在或已不属于本站点，无法发布其中的稿件。请检查栏目设置后重新发布。");

    public bool HasChannel(int id) => byId.ContainsKey(id);

    /// <summary>The top-level channel a channel sits under, to mark the navigation.</summary>
    public ChannelInfo TopOf(ChannelInfo channel)
    {
        while (channel.ParentId is { } parent && byId.TryGetValue(parent, out var up))
        {
            channel = up;
        }

        return channel;
    }

    /// <summary>The channel and its ancestors, top first (breadcrumbs).</summary>
    public IReadOnlyList<ChannelInfo> PathTo(ChannelInfo channel)
    {
        var path = new List<ChannelInfo> { channel };
        while (path[^1].ParentId is { } parent && byId.TryGetValue(parent, out var up))
        {
            path.Add(up);
        }

        path.Reverse();
        return path;
    }
}

/// <summary>A reason a publish job fails that the admin can act on, in Chinese (shown as the job's error).</summary>
public sealed class PublishException(string message) : Exception(message);
