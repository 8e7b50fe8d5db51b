using GovSites.Bench.Hosting;
using GovSites.Bench.Seeding;

namespace GovSites.Bench.Measuring;

/// <summary>One seeded host with its signed-in staff and the reviews left for the approve benchmark to decide.</summary>
internal sealed class HostSession(BenchHost host, DemoIds ids, Queue<(int ReviewId, int Step, int Version)> lastStepReviews) : IDisposable
{
    private readonly Dictionary<string, BenchClient> clients = [];

    public BenchHost Host { get; } = host;

    public DemoIds Ids { get; } = ids;

    public Queue<(int ReviewId, int Step, int Version)> LastStepReviews { get; } = lastStepReviews;

    /// <summary>lbz.secrecy's anti-forgery token, taken once from a review page as a browser would have it.</summary>
    public string? ApproveToken { get; set; }

    /// <summary>The reviews approved by the benchmark, checked in the database at the end.</summary>
    public List<int> Approved { get; } = [];

    public BenchClient Client(string userName) => clients[userName];

    public async Task SignInAsync(params string[] userNames)
    {
        foreach (var userName in userNames)
        {
            var client = new BenchClient(Host.BaseAddress);
            await client.SignInAsync(userName, Host.Passwords[userName]);
            clients[userName] = client;
        }
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}
