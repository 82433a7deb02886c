using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Platform.Tests;

/// <summary>
/// The platform's real services over a migrated throwaway database (SQLite, or PostgreSQL when the
/// test script asks), with a fake clock fixed at 2021-03-01 09:00 Beijing time.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2021, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public PlatformPaths Paths => Services.GetRequiredService<PlatformPaths>();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Demo:Password"] = "Platform-Test-2021x",
            [PlatformServices.DataDirectoryKey] = Database.Folder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddJinIpPlatform();
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("test")));
        services.AddIdentityCore<AppUser>(PlatformServices.ConfigureIdentity).AddRoles<AppRole>().AddEntityFrameworkStores<PlatformDbContext>();
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
