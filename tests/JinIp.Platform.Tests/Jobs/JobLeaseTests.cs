using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Jobs;

public sealed class JobLeaseTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task SecondNode_CannotTakeAHeldLease_UntilItExpires()
    {
        var job = "job-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True(await AcquireAsync(job, "node-a"));
        Assert.False(await AcquireAsync(job, "node-b"));
        Assert.True(await AcquireAsync(job, "node-a")); // renewal by the holder

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await AcquireAsync(job, "node-b"));
        Assert.False(await AcquireAsync(job, "node-a"));
    }

    [Fact]
    public async Task ReleasedLease_IsFreeAtOnce()
    {
        var job = "job-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True(await AcquireAsync(job, "node-a"));
        await using (var scope = fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<JobLeaseService>().ReleaseAsync(job, "node-a");
        }

        Assert.True(await AcquireAsync(job, "node-b"));
    }

    [Fact]
    public async Task NodesRacingForANewLease_ExactlyOneWins()
    {
        var job = "job-" + Guid.NewGuid().ToString("N")[..8];
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => AcquireAsync(job, $"node-{i}"))));
        Assert.Single(results, r => r);
    }

    private async Task<bool> AcquireAsync(string job, string holder)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<JobLeaseService>().TryAcquireAsync(job, holder, TimeSpan.FromMinutes(1));
    }
}
