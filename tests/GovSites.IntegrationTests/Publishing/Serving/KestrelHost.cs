using System.Net;
using GovSites.Modules.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>
/// The serving middleware alone on real Kestrel (a free port on 127.0.0.1), for what the in-memory host does
/// not do: Kestrel's own decoding of raw request targets. Anything the middleware passes on is answered with
/// 404 and <c>app:{path}</c>, so a test sees where a request ended; it also stands for the application
/// behind nginx in the deploy test.
/// </summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelHost(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<KestrelHost> StartAsync(string releasesDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Configuration["GovSites:Publishing:ReleasesDirectory"] = releasesDirectory;
        builder.Logging.ClearProviders();
        builder.Services.AddReleaseServing(builder.Configuration);
        var app = builder.Build();
        app.UseReleaseServing();
        app.Run(context =>
        {
            var body = System.Text.Encoding.UTF8.GetBytes("app:" + context.Request.Path + context.Request.QueryString);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelHost(app, new Uri(address).Port);
    }

    /// <summary>Sends <paramref name="target"/> exactly as written (no client normalises it).</summary>
    public Task<(int Status, string Head, string Body)> RawGetAsync(string target, string host = "localhost") =>
        RawHttp.GetAsync(Port, target, host);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
