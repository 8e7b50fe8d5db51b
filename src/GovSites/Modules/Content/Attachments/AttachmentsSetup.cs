using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Content.Attachments;

public static class AttachmentsSetup
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentLimits>()
            .BindConfiguration(AttachmentLimits.Section)
            .Validate(l => l.MaxBytes > 0 && l.MaxImageBytes > 0, "GovSites:Attachments: MaxBytes and MaxImageBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<AttachmentAccess>();
        services.AddScoped<UploadAttachment>();
        // The server's default request limit (30 MB in Kestrel) is below a 50 MB attachment: the upload page
        // alone accepts the configured limit plus the multipart envelope.
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<AttachmentLimits>>((pages, limits) =>
            pages.Conventions.AddPageApplicationModelConvention("/Content/Attachments/Index", page =>
            {
                page.EndpointMetadata.Add(new RequestSizeLimitAttribute(limits.Value.RequestLimit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limits.Value.RequestLimit });
            }));
        return services;
    }
}
