using System.Diagnostics;

namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>
/// Debian's nginx started with docs/deploy/nginx.conf as shipped, only the releases folder, the application's
/// address and the port replaced, in a private prefix (pid, logs, temp files) on a free port.
/// </summary>
internal sealed class NginxServer : IDisposable
{
    private readonly Process process;
    private readonly string prefix;

    private NginxServer(Process process, string prefix, int port)
    {
        this.process = process;
        this.prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public string ErrorLog => File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "";

    public static async Task<NginxServer> StartAsync(string releasesDirectory, int applicationPort)
    {
        var nginx = Environment.GetEnvironmentVariable("GOVSITES_NGINX") ?? "/usr/sbin/nginx";
        if (!File.Exists(nginx))
        {
            throw new InvalidOperationException(
                $"nginx is not installed ({nginx} is missing): the deploy configuration cannot be tested. Install it with `apt-get install -y nginx` (./test.sh does).");
        }

        var prefix = Directory.CreateTempSubdirectory("govsites-nginx-").FullName;
        var port = RawHttp.FreePort();
        var site = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "deploy", "nginx.conf"))
            .Replace("/srv/govsites/data/releases", releasesDirectory, StringComparison.Ordinal)
            .Replace("127.0.0.1:5000", $"127.0.0.1:{applicationPort}", StringComparison.Ordinal)
            .Replace("listen 80 default_server;", $"listen 127.0.0.1:{port} default_server;", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(prefix, "govsites.conf"), site);
        var user = Environment.UserName == "root" ? "user root;" : "";
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/govsites.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo(nginx, ["-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-e", Path.Combine(prefix, "error.log")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var server = new NginxServer(process, prefix, port);
        try
        {
            await RawHttp.WaitForPortAsync(port, TimeSpan.FromSeconds(10));
        }
        catch (System.Net.Sockets.SocketException)
        {
            var log = server.ErrorLog + await process.StandardError.ReadToEndAsync();
            server.Dispose();
            throw new InvalidOperationException("nginx did not start with docs/deploy/nginx.conf:\n" + log);
        }

        return server;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GovSites.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (GovSites.slnx) was not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(prefix, recursive: true);
    }
}
