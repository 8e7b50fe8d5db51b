using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// 上传附件：checks the name, the size and the content of a file, keeps it and records it. Whatever is
/// refused leaves no file and no row. Access (may this person upload to this site) is checked by the caller.
/// </summary>
public sealed class UploadAttachment(
    GovSitesDbContext db, AttachmentStore store, IOptions<AttachmentLimits> limits, CurrentStaff staff, TimeProvider time)
{
    public sealed record Result(Attachment? Attachment, string? Error)
    {
        public static Result Refused(string error) => new(null, error);
    }

    /// <param name="imageOnly">The editor's image button: only images are accepted.</param>
    public async Task<Result> UploadAsync(int siteId, int? articleId, IFormFile? file, bool imageOnly, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Result.Refused("请选择要上传的文件。");
        }

        var name = FileNameRules.Check(file.FileName);
        if (!name.IsValid)
        {
            return Result.Refused(name.Error!);
        }

        var type = AttachmentTypes.ForExtension(name.Extension);
        if (type is null)
        {
            return Result.Refused($"不能上传 .{name.Extension} 类型的文件。可以上传的类型：{AttachmentTypes.Summary}。");
        }

        if (imageOnly && type.Kind != AttachmentKind.Image)
        {
            return Result.Refused("这里只能插入图片（jpg、png、gif、webp、bmp），其他文件请在“附件”中上传。");
        }

        var limit = limits.Value.LimitFor(type.Kind);
        if (file.Length > limit)
        {
            return Result.Refused(TooLarge(name.Name!, type, limit));
        }

        if (file.Length == 0)
        {
            return Result.Refused($"“{name.Name}”是空文件，请检查后重新选择。");
        }

        await using var source = file.OpenReadStream();
        using var received = await store.ReceiveAsync(source, limit, cancellationToken);
        if (received.TooLarge)
        {
            return Result.Refused(TooLarge(name.Name!, type, limit));
        }

        FileFormat format;
        await using (var content = File.OpenRead(received.TempPath))
        {
            format = FileSignatures.Detect(content);
        }

        if (format is FileFormat.Executable or FileFormat.Script)
        {
            return Result.Refused($"“{name.Name}”的内容是可执行程序、脚本或网页，不是{type.Label}，不能上传。");
        }

        if (!type.Formats.Contains(format))
        {
            return Result.Refused($"“{name.Name}”的内容与扩展名不符：扩展名是 .{type.Extension}，但内容不是有效的{type.Label}（可能已损坏或被改过扩展名），不能上传。");
        }

        var now = time.GetUtcNow();
        var storedName = store.KeepAs(received, type.Extension, now);
        var attachment = new Attachment
        {
            SiteId = siteId,
            ArticleId = articleId,
            FileName = name.Name!,
            StoredName = storedName,
            ContentType = type.ContentType,
            Kind = type.Kind,
            Size = received.Size,
            Sha256 = received.Sha256,
            UploadedById = staff.AccountId,
            UploadedAt = now,
        };
        db.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            store.Delete(storedName);
            throw;
        }

        return new Result(attachment, null);
    }

    private static string TooLarge(string name, AttachmentType type, long limit) => type.Kind == AttachmentKind.Image
        ? $"图片“{name}”超过 {AttachmentLimits.Describe(limit)} 的大小上限，请压缩后再上传。"
        : $"“{name}”超过 {AttachmentLimits.Describe(limit)} 的附件大小上限，请压缩或拆分后再上传。";
}
