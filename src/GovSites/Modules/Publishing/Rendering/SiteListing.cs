namespace GovSites.Modules.Publishing.Rendering;

/// <summary>
/// The <see cref="PublishedArticle"/> rows of a site as the new release will hold them, by channel, newest
/// first (publication time, then id: a stable order, so the same state renders the same bytes).
/// </summary>
public sealed class SiteListing
{
    private readonly Dictionary<int, List<PublishedArticle>> byChannel;

    public SiteListing(IEnumerable<PublishedArticle> rows)
    {
        All = [.. rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.ArticleId).ThenBy(r => r.ChannelId)];
        byChannel = All.GroupBy(r => r.ChannelId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Every row, newest first.</summary>
    public IReadOnlyList<PublishedArticle> All { get; }

    public IReadOnlyList<PublishedArticle> InChannel(int channelId) => byChannel.TryGetValue(channelId, out var rows) ? rows : [];

    /// <summary>The site feed and home lead: newest pages, each article once.</summary>
    public IEnumerable<PublishedArticle> Newest(int count) => All.DistinctBy(r => r.ArticleId).Take(count);

    /// <summary>Replaces the rows of <paramref name="articleIds"/> by <paramref name="rows"/>.</summary>
    public SiteListing With(IReadOnlySet<int> articleIds, IEnumerable<PublishedArticle> rows) =>
        new(All.Where(r => !articleIds.Contains(r.ArticleId)).Concat(rows));
}
