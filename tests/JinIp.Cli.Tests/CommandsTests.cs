using System.Text.Json;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Cli.Tests;

public sealed class CommandsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = _database.Provider.ToString(),
        ["Database:ConnectionString"] = _database.ConnectionString,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Migrate_AppliesOnceThenReportsUpToDate()
    {
        var (code, output, _) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("PlatformDbContext", output, StringComparison.Ordinal);
        Assert.Contains("RegistriesDbContext", output, StringComparison.Ordinal);
        (code, output, _) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_PrintsAccountsOnlyTheFirstTime()
    {
        var (code, output, _) = await RunAsync("seed-demo");
        Assert.Equal(0, code);
        Assert.Contains("Created 11 demo account(s)", output, StringComparison.Ordinal);
        Assert.Contains("admin\t", output, StringComparison.Ordinal);
        (_, output, _) = await RunAsync("seed-demo");
        Assert.Contains("already present", output, StringComparison.Ordinal);
        Assert.DoesNotContain("admin\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_ExitsOneAndNamesTheFirstAlteredEntry()
    {
        await RunAsync("migrate");
        using (var host = CliHost.Build(_database.Folder, Settings))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            for (var i = 0; i < 3; i++)
            {
                await audit.AppendAsync(db, new AuditRecord("cli.test", "thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var (code, output, _) = await RunAsync("audit", "verify");
        Assert.Equal(0, code);
        Assert.Contains("OK: 3 entries", output, StringComparison.Ordinal);

        using (var host = CliHost.Build(_database.Folder, Settings))
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database
                .ExecuteSqlRawAsync("UPDATE plat_audit_entries SET \"SubjectId\" = 'x' WHERE \"Sequence\" = 2");
        }

        (code, output, _) = await RunAsync("audit", "verify");
        Assert.Equal(1, code);
        Assert.Contains("BROKEN at entry 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanParse_PrintsTheSeedPlanAsJson()
    {
        var seed = SharedData.Path("seed/2021-tianjin-ip-work-points.txt");
        var (code, output, _) = await RunAsync("plan", "parse", seed, "--format", "json");
        Assert.Equal(0, code);
        var plan = JsonDocument.Parse(output).RootElement.GetProperty("plan");
        var parts = plan.GetProperty("parts");
        Assert.Equal(6, parts.GetArrayLength());
        Assert.Equal(34, parts.EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task PlanImport_StoresTheYear_ThenAChangedDocumentPrintsItsDiff_AndNonPlansStoreNothing()
    {
        var seed = SharedData.Path("seed/2021-tianjin-ip-work-points.txt");
        var (code, output, _) = await RunAsync("plan", "import", seed, "--year", "2021");
        Assert.Equal(0, code);
        Assert.Contains("6 parts, 34 items", output, StringComparison.Ordinal);
        Assert.Contains("Stored as the plan of 2021", output, StringComparison.Ordinal);

        var changed = Path.Combine(_database.Folder, "2021-v2.txt");
        await File.WriteAllLinesAsync(changed, (await File.ReadAllLinesAsync(seed)).Where(l => !l.Contains("（三十四）", StringComparison.Ordinal)));
        (code, output, _) = await RunAsync("plan", "import", changed, "--dry-run");
        Assert.Equal(0, code);
        Assert.Contains("0 added, 1 removed, 0 changed, 33 unchanged", output, StringComparison.Ordinal);
        Assert.Contains("- （三十四）加强知识产权文化建设", output, StringComparison.Ordinal);
        Assert.Contains("nothing stored", output, StringComparison.Ordinal);

        var news = Path.Combine(_database.Folder, "news.txt");
        await File.WriteAllTextAsync(news, "今天天气很好。");
        (code, _, var error) = await RunAsync("plan", "import", news, "--year", "2022");
        Assert.Equal(1, code);
        Assert.Contains("不是一份工作计划", error, StringComparison.Ordinal);
        (code, _, error) = await RunAsync("plan", "import", seed, "--year", "twenty");
        Assert.Equal(2, code);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanParse_RefusesADocumentThatIsNotAPlan()
    {
        var file = Path.Combine(_database.Folder, "news.txt");
        await File.WriteAllTextAsync(file, "今天天气很好，我们去公园散步。\n公园里有很多人。");
        var (code, output, _) = await RunAsync("plan", "parse", file);
        Assert.Equal(1, code);
        Assert.False(JsonDocument.Parse(output).RootElement.GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task PatentsImportThenSearch_FindsTheImportedRecords()
    {
        var file = SharedData.Path("data/patents/cn_pubno_title_ipc_9740.csv");
        var (code, output, _) = await RunAsync("patents", "import", file);
        Assert.Equal(0, code);
        Assert.Contains("9740 rows, 9740 new", output, StringComparison.Ordinal);
        Assert.Contains("Indexed 9740 changes", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("patents", "import", file);
        Assert.Contains("0 new, 0 updated, 9740 unchanged", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("search", "TI=电池 AND IC=H01M*", "--json", "--limit", "5");
        Assert.Equal(0, code);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.True(result.GetProperty("total").GetInt32() > 5);
        Assert.Equal(5, result.GetProperty("hits").GetArrayLength());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Contains("电池", h.GetProperty("title").GetString(), StringComparison.Ordinal));

        (code, _, var error) = await RunAsync("search", "TI=(电池");
        Assert.Equal(2, code);
        Assert.Contains("      ^", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithUsage()
    {
        var (code, _, error) = await RunAsync("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("jinip [--data-dir DIR] COMMAND", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Commands.RunAsync(_database.Folder, args, output, error, Settings);
        return (code, output.ToString(), error.ToString());
    }

}
