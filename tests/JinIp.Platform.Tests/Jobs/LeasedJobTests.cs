using JinIp.Platform.Identity;
using JinIp.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JinIp.Platform.Tests.Jobs;

public sealed class LeasedJobTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private sealed class CountingJob(IServiceScopeFactory scopes, TimeProvider clock, string node, string name)
        : LeasedJob(scopes, clock, NullLogger.Instance)
    {
        public int Runs;

        protected override string Name => name;

        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override string Holder => node;

        protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task TwoNodes_RunTheJobOnOneNodeOnly()
    {
        var name = "count-" + Guid.NewGuid().ToString("N")[..8];
        var scopes = fixture.Services.GetRequiredService<IServiceScopeFactory>();
        var nodeA = new CountingJob(scopes, fixture.Clock, "node-a", name);
        var nodeB = new CountingJob(scopes, fixture.Clock, "node-b", name);
        await nodeA.StartAsync(CancellationToken.None);
        await WaitUntil(() => nodeA.Runs == 1);
        await nodeB.StartAsync(CancellationToken.None);

        for (var tick = 2; tick <= 4; tick++)
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(1));
            var expected = tick;
            await WaitUntil(() => nodeA.Runs == expected);
        }

        await nodeA.StopAsync(CancellationToken.None);
        await nodeB.StopAsync(CancellationToken.None);
        Assert.Equal(4, nodeA.Runs);
        Assert.Equal(0, nodeB.Runs);
    }

    [Fact]
    public async Task CleanupJob_PurgesOnlyTokensStaleForNinetyDays()
    {
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokenService>();
        var db = scope.ServiceProvider.GetRequiredService<JinIp.Platform.Data.PlatformDbContext>();
        var user = db.Users.Single(u => u.UserName == "office");
        var actor = new Actor(user.Id, "office", user.OrganizationId, null, new HashSet<string> { Roles.OfficeStaff });
        var shortLived = await tokens.CreateAsync(actor, "short", 1);
        var longLived = await tokens.CreateAsync(actor, "long", 366);

        fixture.Clock.Advance(TimeSpan.FromDays(92));
        Assert.Equal(1, await tokens.PurgeAsync(AccessTokenCleanupJob.KeepFor));
        var left = (await tokens.ListAsync(actor)).Select(t => t.Id).ToList();
        Assert.DoesNotContain(shortLived.Record.Id, left);
        Assert.Contains(longLived.Record.Id, left);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "the job did not run as expected");
    }
}
