using GovSites.Modules.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// 附件：the files of a site (or of one article), and the upload endpoint. The editor posts here with
/// <c>Accept: application/json</c> and gets JSON in wangEditor's shape (<c>errno</c>, <c>message</c>,
/// <c>data.url</c>); the plain form of the attachments partial gets a redirect, or this page with the reason.
/// </summary>
public sealed class IndexModel(SiteAccess sites, AttachmentAccess access, UploadAttachment upload) : PageModel
{
    public string SiteName { get; private set; } = string.Empty;

    public AttachmentsPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int siteId, int? articleId, string? returnUrl)
    {
        if (!await FindAsync(siteId, articleId))
        {
            return NotFound();
        }

        Panel = await access.PanelAsync(siteId, articleId, LocalOrNull(returnUrl));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId, int? articleId, string? returnUrl, IFormFile? file, bool imageOnly)
    {
        if (!await FindAsync(siteId, articleId))
        {
            return NotFound();
        }

        if (!await access.CanUploadAsync(siteId))
        {
            return Forbid();
        }

        var result = await upload.UploadAsync(siteId, articleId, file, imageOnly, HttpContext.RequestAborted);
        if (WantsJson)
        {
            return result.Attachment is { } a
                ? new JsonResult(new { errno = 0, data = new { url = $"/admin/attachments/{a.Id}", alt = a.FileName, href = string.Empty, id = a.Id, name = a.FileName, size = a.Size, kind = a.Kind.ToChinese() } })
                : new JsonResult(new { errno = 1, message = result.Error }) { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (result.Attachment is { } kept)
        {
            TempData["Message"] = $"已上传附件“{kept.FileName}”。";
            return LocalRedirect(LocalOrNull(returnUrl) ?? Request.Path + Request.QueryString);
        }

        Panel = await access.PanelAsync(siteId, articleId, LocalOrNull(returnUrl), [result.Error!]);
        return Page();
    }

    private bool WantsJson =>
        Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private async Task<bool> FindAsync(int siteId, int? articleId)
    {
        var name = await sites.VisibleSites().Where(s => s.Id == siteId).Select(s => s.Name).SingleOrDefaultAsync();
        if (name is null || (articleId is { } id && !await access.ArticleIsOnSiteAsync(id, siteId)))
        {
            return false;
        }

        SiteName = name;
        return true;
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
