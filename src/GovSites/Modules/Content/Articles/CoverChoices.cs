using GovSites.Modules.Content.Attachments;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>The images an article may take as its cover: those uploaded to the article itself.</summary>
public static class CoverChoices
{
    public const string RefusedMessage = "封面图片须是本稿件已上传的图片。";

    public sealed record Choice(int Id, string FileName);

    public static Task<List<Choice>> ForAsync(GovSitesDbContext db, int articleId) =>
        db.Set<Attachment>()
            .Where(a => a.ArticleId == articleId && a.Kind == AttachmentKind.Image)
            .OrderBy(a => a.Id)
            .Select(a => new Choice(a.Id, a.FileName))
            .ToListAsync();

    public static Task<bool> IsAllowedAsync(GovSitesDbContext db, int articleId, int attachmentId) =>
        db.Set<Attachment>().AnyAsync(a => a.Id == attachmentId && a.ArticleId == articleId && a.Kind == AttachmentKind.Image);
}
