namespace GovSites.IntegrationTests.Fixture;

/// <summary>The application's clock in tests: real time plus an offset a test can move forward.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    public void Advance(TimeSpan by) => offset += by;

    public void Reset() => offset = TimeSpan.Zero;
}
