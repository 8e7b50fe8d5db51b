using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GovSites.Bench.Measuring;

namespace GovSites.Bench.Publishing;

/// <summary>
/// Approval to page served, against the app running as in production (Release, its own process, the data
/// directory <c>publish-seed</c> made and a full publish went live in): lbz.secrecy approves, over HTTP, a
/// review waiting on its last step (保密审查); from the moment the POST is sent, an anonymous client polls
/// the article's public URL <c>/sites/lbz/{channel}/{id}.html</c> every <c>--interval</c> ms until it gets 200.
/// One approval at a time, with a pause between them; the first <c>--warmup</c> are not counted.
/// </summary>
internal static class IncrementalBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dataDirectory = Path.GetFullPath(PublishMain.Option(args, "--data") ?? throw new ArgumentException("--data DIR is required."));
        var app = PublishMain.Option(args, "--app") ?? throw new ArgumentException("--app GovSites.dll is required.");
        var approvals = PublishMain.Int(args, "--approvals", 60);
        var warmup = PublishMain.Int(args, "--warmup", 5);
        var interval = PublishMain.Int(args, "--interval", 5);
        var pause = PublishMain.Int(args, "--pause", 500);
        var timeout = TimeSpan.FromSeconds(PublishMain.Int(args, "--timeout", 60));
        var byFile = PublishMain.Option(args, "--poll") == "file";
        var outFile = PublishMain.Option(args, "--out");
        var waiting = File.ReadLines(Path.Combine(dataDirectory, PublishSeed.WaitingFile)).Select(l => l.Split('\t')).ToList();
        if (waiting.Count < approvals + warmup)
        {
            throw new ArgumentException($"Only {waiting.Count} reviews wait on their last step; seed more (--waiting).");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var server = AppProcess.Start(app, dataDirectory, baseAddress, Path.Combine(PublishMain.Option(args, "--logs") ?? dataDirectory, "app.log"));
        try
        {
            using var anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await WaitHealthyAsync(anonymous, server);
            var password = File.ReadLines(Path.Combine(dataDirectory, "demo-accounts.txt")).Select(l => l.Split('\t'))
                .Single(p => p.Length == 3 && p[1].Trim() == "lbz.secrecy")[2].Trim();
            using var secrecy = new BenchClient(baseAddress);
            await secrecy.SignInAsync("lbz.secrecy", password);
            var token = await secrecy.TokenAsync($"/admin/review/{waiting[0][0]}");
            var samples = new List<(double Approve, double Live, double Served)>();
            for (var i = 0; i < warmup + approvals; i++)
            {
                var (reviewId, step, version, articleId, site, channel) = (waiting[i][0], waiting[i][1], waiting[i][2], waiting[i][3], waiting[i][4], waiting[i][5]);
                var url = $"/sites/{site}/{channel}/{articleId}.html";
                var file = Path.Combine(dataDirectory, "releases", site, "current", channel, articleId + ".html");
                var clock = Stopwatch.StartNew();
                using var response = await secrecy.PostAsync($"/admin/review/{reviewId}/approve", token, new() { ["Step"] = step, ["Version"] = version, ["Opinion"] = "经审查，不涉及国家秘密和工作秘密，同意公开。" });
                var approveMs = clock.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"Approving review {reviewId}: {(int)response.StatusCode}, not a redirect.");
                }

                // Where the time goes: when the page's file is in the live release (the publisher's part), then when it is served.
                double? fileMs = null;
                while (true)
                {
                    fileMs ??= File.Exists(file) ? clock.Elapsed.TotalMilliseconds : null;
                    if (byFile ? fileMs is not null : await IsServedAsync(anonymous, url))
                    {
                        break;
                    }

                    if (clock.Elapsed > timeout)
                    {
                        throw new TimeoutException($"{url} not served {timeout.TotalSeconds:0} s after its approval (see the app's log).");
                    }

                    await Task.Delay(interval);
                }

                var servedMs = clock.Elapsed.TotalMilliseconds;
                if (i >= warmup)
                {
                    samples.Add((approveMs, fileMs ?? servedMs, servedMs));
                }

                Runner.Log($"{(i < warmup ? "warm-up" : "approval")} {i + 1 - (i < warmup ? 0 : warmup)}: review {reviewId}, {url}: approve {approveMs:0.0} ms, in the live release after {fileMs ?? servedMs:0.0} ms, served after {servedMs:0.0} ms");
                await Task.Delay(pause);
            }

            Report(samples, byFile, outFile);
            return 0;
        }
        finally
        {
            AppProcess.Stop(server);
        }
    }

    private static async Task<bool> IsServedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static void Report(List<(double Approve, double Live, double Served)> samples, bool byFile, string? outFile)
    {
        var served = samples.Select(s => s.Served).Order().ToList();
        var approve = samples.Select(s => s.Approve).Order().ToList();
        var live = samples.Select(s => s.Live).Order().ToList();
        static double P(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        var what = byFile ? "page file in the live release" : "page served (HTTP 200)";
        var lines = new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"approve → {what}, {served.Count} approvals: p50 {P(served, 0.5):0.0} ms, p95 {P(served, 0.95):0.0} ms, p99 {P(served, 0.99):0.0} ms, max {served[^1]:0.0} ms (target p95 < 1000 ms)"),
            string.Create(CultureInfo.InvariantCulture, $"  the approve POST answered: p50 {P(approve, 0.5):0.0} ms, p95 {P(approve, 0.95):0.0} ms"),
            string.Create(CultureInfo.InvariantCulture, $"  the page's file in the live release (releases/lbz/current/…): p50 {P(live, 0.5):0.0} ms, p95 {P(live, 0.95):0.0} ms"),
        };
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        if (outFile is not null)
        {
            File.WriteAllLines(outFile, samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Approve:0.00}\t{s.Live:0.00}\t{s.Served:0.00}")));
        }
    }

    private static async Task WaitHealthyAsync(HttpClient client, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {server.ExitCode} before it answered (see its log).");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    Runner.Log($"the app answers after {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The app did not answer /healthz within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
