using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// Who may see and upload attachments. Seeing follows the site (<see cref="SiteAccess.VisibleSites"/>), so a
/// guessed id of another unit's file finds nothing. Uploading is for those who write articles on the site,
/// as <see cref="ArticleAccess"/> decides it.
/// </summary>
public sealed class AttachmentAccess(GovSitesDbContext db, SiteAccess sites, ArticleAccess articles)
{
    public IQueryable<Attachment> VisibleAttachments() =>
        db.Set<Attachment>().Where(a => sites.VisibleSites().Any(s => s.Id == a.SiteId));

    public Task<bool> CanSeeSiteAsync(int siteId) => sites.VisibleSites().AnyAsync(s => s.Id == siteId);

    public Task<bool> CanUploadAsync(int siteId) => articles.WritableSites().AnyAsync(s => s.Id == siteId);

    /// <summary>An article the attachment may be linked to: one of the same site.</summary>
    public Task<bool> ArticleIsOnSiteAsync(int articleId, int siteId) =>
        db.Articles.AnyAsync(a => a.Id == articleId && a.SiteId == siteId);

    /// <summary>The model of the attachments partial (Content/Shared/_Attachments) for a site or an article.</summary>
    public async Task<AttachmentsPanel> PanelAsync(int siteId, int? articleId, string? returnUrl = null, IReadOnlyList<string>? errors = null)
    {
        var query = VisibleAttachments().Where(a => a.SiteId == siteId);
        query = articleId is { } id ? query.Where(a => a.ArticleId == id) : query;
        var items = await query.OrderByDescending(a => a.UploadedAt).ThenByDescending(a => a.Id).Take(AttachmentsPanel.MaxItems)
            .Select(a => new AttachmentsPanel.Item(a.Id, a.FileName, a.Kind, a.Size, a.UploadedAt))
            .ToListAsync();
        return new AttachmentsPanel(siteId, articleId, items, await CanUploadAsync(siteId), returnUrl, errors ?? []);
    }
}
