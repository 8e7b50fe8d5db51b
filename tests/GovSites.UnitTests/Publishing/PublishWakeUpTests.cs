using GovSites.Modules.Content;
using GovSites.Modules.Publishing.Jobs;

namespace GovSites.UnitTests.Publishing;

/// <summary>The in-process wake-up of the publish worker and the read-ahead of a full rebuild.</summary>
public sealed class PublishWakeUpTests
{
    [Fact]
    public async Task WaitAsync_PulsedWhileBusy_ReturnsAtOnce()
    {
        var signal = new ArticleEventSignal();
        signal.Pulse();

        var wait = signal.WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

        Assert.True(wait.IsCompleted || await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)) == wait);
    }

    [Fact]
    public async Task WaitAsync_PulsedDuringTheWait_Wakes()
    {
        var signal = new ArticleEventSignal();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        Assert.False(wait.IsCompleted);

        signal.Pulse();

        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task WaitAsync_NoEvent_ReturnsAfterThePollAndConsumesNothing()
    {
        var signal = new ArticleEventSignal();
        signal.Pulse();
        await signal.WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

        var second = signal.WaitAsync(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        await second;
    }

    [Fact]
    public async Task OneAhead_Sequence_YieldsEveryItemInOrder()
    {
        var items = new List<int>();
        await foreach (var item in ReadAhead.OneAhead(Numbers(5), TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        Assert.Equal([0, 1, 2, 3, 4], items);
    }

    [Fact]
    public async Task OneAhead_SourceFails_TheCallerSeesTheError()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in ReadAhead.OneAhead(Failing(), TestContext.Current.CancellationToken))
            {
            }
        });
    }

    private static async IAsyncEnumerable<int> Numbers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("the database went away");
    }
}
