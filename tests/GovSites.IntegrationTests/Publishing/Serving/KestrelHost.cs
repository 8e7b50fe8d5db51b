using System.Net;
using System.Net.Sockets;
using System.Text;
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
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("app:" + context.Request.Path + context.Request.QueryString);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelHost(app, new Uri(address).Port);
    }

    /// <summary>Sends <paramref name="target"/> exactly as written (no client normalises it) and returns status, headers and body.</summary>
    public async Task<(int Status, string Head, string Body)> RawGetAsync(string target, string host = "localhost")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, split < 0 ? "" : text[(split + 4)..]);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
