using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;

namespace GovSites.Platform.Web;

public static class WebModule
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(ChineseBindingMessages.Apply);
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Modules";
            o.Conventions.AuthorizeFolder("/");
        });
        services.AddAntiforgery(o => o.Cookie.Name = "govsites.csrf");
        // Chinese text is written as characters, not as &#x...; entities (still HTML-encoded where it must be).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        // Keys in the data directory: sign-in cookies survive restarts and are shared by nodes on shared storage.
        services.AddDataProtection()
            .SetApplicationName("GovSites")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(configuration.DataDirectory(), "keys")));
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Only the proxies named in GovSites:Web:KnownProxies (default: this machine) may set the client
        // address and scheme; the audit trail records that address.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("GovSites:Web:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/admin/error");
        app.UseWhen(
            c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            b => b.UseStatusCodePagesWithReExecute("/admin/status/{0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        // Routing after the status-code pages, so a re-executed request (403 → /admin/status/403) is routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<DenialAudit>();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealth();
        app.MapGet("/", () => Results.Redirect("/admin")).ExcludeFromDescription();
        return app;
    }
}
