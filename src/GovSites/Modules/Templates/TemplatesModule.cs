using GovSites.Modules.Sites;
using GovSites.Modules.Templates.Editing;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Templates;

public static class TemplatesModule
{
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.AddSingleton<IThemeRenderer, FluidThemeRenderer>();
        services.AddScoped<SaveTheme>();
        return services;
    }

    /// <summary>The theme files the preview loads (CSS with the site's colour, script, images), for staff who may read the site's templates.</summary>
    public static WebApplication MapTemplates(this WebApplication app)
    {
        app.MapGet("/admin/templates/{siteId:int}/preview-assets/{file}", async (int siteId, string file, SiteAccess access, IThemeRenderer renderer, CancellationToken ct) =>
        {
            if (!access.CanReadAll || !await access.VisibleSites().AnyAsync(s => s.Id == siteId, ct))
            {
                return Results.NotFound();
            }

            var theme = await renderer.LoadAsync(siteId, ct);
            var asset = theme.Assets.FirstOrDefault(a => a.Path == file);
            return asset is null ? Results.NotFound() : Results.Bytes(asset.Content, ContentType(file));
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
