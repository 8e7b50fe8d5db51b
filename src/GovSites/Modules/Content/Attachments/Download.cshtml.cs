using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// Serves an attachment to staff who can see its site (others get 404). Always as a download
/// (<c>Content-Disposition: attachment</c>, the name in RFC 5987 <c>filename*</c> so Chinese names survive)
/// and with <c>nosniff</c>, so a browser never renders an uploaded file as a page; images alone are inline,
/// for the editor and the preview.
/// </summary>
public sealed class DownloadModel(AttachmentAccess access, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var attachment = await access.VisibleAttachments().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        var path = attachment is null ? null : store.PathOf(attachment.StoredName);
        if (attachment is null || !System.IO.File.Exists(path))
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(attachment.Kind == AttachmentKind.Image ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return new PhysicalFileResult(path!, attachment.ContentType) { EnableRangeProcessing = true };
    }
}
