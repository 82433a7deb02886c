using JinIp.Patents.Data;
using JinIp.Patents.Import;
using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Import;
using JinIp.PatentSearch.Searching;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Patents.Tests;

/// <summary>The database-first import path: rows to the database with their outbox entries, then to the index.</summary>
public sealed class PatentImportTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider.ToString(),
            ["Database:ConnectionString"] = _database.ConnectionString,
            [PlatformServices.DataDirectoryKey] = _database.Folder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddJinIpPlatform();
        services.AddJinIpPatents();
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("test")));
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task RealFile_ImportsWithRejectedRowsReported_AndAgainChangesNothing()
    {
        var file = SharedData.Path("data/patents/kppatent_zh_abstracts_claims.jsonl");
        var first = await ImportAsync(file);
        Assert.Equal("kppatent", first.Profile);
        Assert.True(first.Counts.Inserted > 500, $"inserted {first.Counts.Inserted}");
        Assert.NotEmpty(first.Rejections);
        Assert.All(first.Rejections, r => Assert.False(string.IsNullOrEmpty(r.MessageZh) || string.IsNullOrEmpty(r.MessageEn)));

        var second = await ImportAsync(file);
        Assert.Equal(0, second.Counts.Inserted);
        Assert.Equal(0, second.Counts.Updated);
        Assert.Equal(first.Counts.Inserted, second.Counts.Unchanged);

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatentDbContext>();
        Assert.Equal(first.Counts.Inserted, await db.Patents.CountAsync());
        Assert.Equal(first.Counts.Inserted, await db.Outbox.CountAsync());
        var runs = await db.ImportRuns.OrderBy(r => r.StartedAt).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal(first.Rejections.Select(r => r.Line).Distinct().Count(), runs[0].Rejected);
        Assert.Equal(first.Rejections.Count, await db.ImportRejections.CountAsync(r => r.ImportRunId == runs[0].Id));
    }

    [Fact]
    public async Task ImportKilledHalfWay_ThenRunAgain_EndsAsOneCleanRun()
    {
        var file = Path.Combine(_database.Folder, "corpus.jsonl");
        var records = new PatentCorpusGenerator(7).Generate(2_500).ToList();
        await File.WriteAllLinesAsync(file, records.Select(r => System.Text.Json.JsonSerializer.Serialize(new
        {
            application_number = r.ApplicationNumber?.ToString(),
            type = r.Type.ToString(),
            title = r.Title,
            @abstract = r.Abstract,
            applicants = r.Applicants.Select(a => a.Name),
            ipc = r.Ipcs.Select(c => c.Code),
            application_date = r.ApplicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })));

        // Cancel after the first batch has committed: the process "dies" half-way.
        using var kill = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Rows >= PatentImporter.BatchSize)
            {
                kill.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(file, progress, kill.Token));
        Assert.InRange(await CountAsync(), PatentImporter.BatchSize, 2_499);

        var rerun = await ImportAsync(file);
        Assert.Equal(2_500, await CountAsync());
        Assert.Equal(2_500, rerun.Counts.Inserted + rerun.Counts.Unchanged);

        var index = _services.GetRequiredService<PatentIndexHost>();
        index.CatchUp();
        Assert.Equal(2_500, index.Index.Count());
    }

    [Fact]
    public async Task IndexCrashBeforeCatchingUp_ReplaysTheOutboxAndAgreesWithTheDatabase()
    {
        var records = new PatentCorpusGenerator(11).Generate(1_200).ToList();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PatentImporter>().StoreAsync(records.Take(700));
        }

        var first = new PatentIndexHost(_services.GetRequiredService<PlatformPaths>(), _services.GetRequiredService<DatabaseOptions>());
        Assert.Equal(700, first.CatchUp());
        first.Dispose(); // the node stops

        await using (var scope = _services.CreateAsyncScope())
        {
            // While it is down: more records, a change to an indexed one, and a delete.
            var importer = scope.ServiceProvider.GetRequiredService<PatentImporter>();
            await importer.StoreAsync(records.Skip(700));
            await importer.StoreAsync([records[0] with { Title = "一种改进的锂离子电池隔膜" }]);
            await scope.ServiceProvider.GetRequiredService<PatentStore>().DeleteAsync(records[1].Key);
        }

        using var restarted = new PatentIndexHost(_services.GetRequiredService<PlatformPaths>(), _services.GetRequiredService<DatabaseOptions>());
        Assert.Equal(700, restarted.Index.CommittedSequence);
        restarted.CatchUp();
        Assert.Equal(1_199, restarted.Index.Count());
        Assert.Equal(1_199, await CountAsync());
        var searcher = restarted.Searcher;
        Assert.Equal(1, searcher.Search("TI=\"一种改进的锂离子电池隔膜\"", new SearchRequest { Limit = 0 }).TotalHits);
        Assert.Equal(0, searcher.Search($"AN={records[1].Key}", new SearchRequest { Limit = 0 }).TotalHits);

        // Replaying everything again changes nothing.
        Assert.Equal(1_199, restarted.Rebuild());
        Assert.Equal(1_199, restarted.Index.Count());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PatentDbContext>().Patents.CountAsync();
    }

    private async Task<ImportSummary> ImportAsync(string file, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PatentImporter>().ImportAsync(file, null, progress, cancellationToken);
    }


    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
