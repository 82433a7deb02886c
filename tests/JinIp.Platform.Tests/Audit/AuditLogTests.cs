using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Audit;

/// <summary>Each test gets its own database, because tampering breaks the chain for good.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly PlatformFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Append_BuildsAnIntactChain()
    {
        await AppendAsync(5);
        var result = await VerifyAsync();
        Assert.True(result.Intact);
        Assert.Equal(5, result.Entries);
    }

    [Fact]
    public async Task Append_RecordsActorSubjectAndSnapshots()
    {
        await using var scope = _fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var actor = new Actor(Guid.NewGuid(), "office", Guid.NewGuid(), null, new HashSet<string> { Roles.OfficeStaff }, "127.0.0.1");
        var entry = await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(db, new AuditRecord("case.update", "case", "42", new { Amount = 1 }, new { Amount = 2, Note = "津" }) { Actor = actor });

        var stored = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Sequence == entry.Sequence);
        Assert.Equal("office", stored.ActorName);
        Assert.Equal(actor.UserId, stored.ActorUserId);
        Assert.Equal("{\"Amount\":1}", stored.Before);
        Assert.Equal("{\"Amount\":2,\"Note\":\"津\"}", stored.After);
        Assert.Equal("127.0.0.1", stored.IpAddress);
        Assert.Equal(AuditChain.GenesisHash, stored.PreviousHash);
    }

    [Fact]
    public async Task Verify_FindsAlteredRow()
    {
        await AppendAsync(5);
        await ExecuteAsync("UPDATE plat_audit_entries SET \"After\" = '{{\"Amount\":999}}' WHERE \"Sequence\" = 3");
        var result = await VerifyAsync();
        Assert.Equal(3, result.Break!.Sequence);
        Assert.Contains("altered", result.Break.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FindsRemovedRowInTheMiddle()
    {
        await AppendAsync(5);
        await ExecuteAsync("DELETE FROM plat_audit_entries WHERE \"Sequence\" = 2");
        var result = await VerifyAsync();
        Assert.Equal(2, result.Break!.Sequence);
        Assert.Contains("missing", result.Break.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FindsRowsCutFromTheEnd()
    {
        await AppendAsync(5);
        await ExecuteAsync("DELETE FROM plat_audit_entries WHERE \"Sequence\" >= 4");
        var result = await VerifyAsync();
        Assert.Equal(4, result.Break!.Sequence);
    }

    [Fact]
    public async Task Verify_FindsRecomputedHashWithoutRelinking()
    {
        // An attacker who alters a row and recomputes its hash still breaks the next entry's link.
        await AppendAsync(4);
        await using (var scope = _fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var entry = await db.AuditEntries.SingleAsync(a => a.Sequence == 2);
            entry.ActorName = "someone-else";
            entry.Hash = AuditChain.ComputeHash(entry);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();
        Assert.Equal(3, result.Break!.Sequence);
    }

    [Fact]
    public async Task ConcurrentWriters_NeverForkTheChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AppendAsync(10))));
        var result = await VerifyAsync();
        Assert.True(result.Intact, result.Break?.Reason);
        Assert.Equal(40, result.Entries);
    }

    [Fact]
    public async Task Append_RolledBackWithTheChangeItDescribes()
    {
        await using (var scope = _fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(db, new AuditRecord("x", "y", "1"));
            await transaction.RollbackAsync();
        }

        await AppendAsync(1);
        var result = await VerifyAsync();
        Assert.True(result.Intact);
        Assert.Equal(1, result.Entries);
    }

    private async Task AppendAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = _fixture.Scope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(db, new AuditRecord("test.event", "thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture), After: new { Index = i }));
        }
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = _fixture.Scope();
        return await AuditVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var scope = _fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
