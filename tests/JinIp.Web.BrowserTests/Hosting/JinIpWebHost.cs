using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Web.BrowserTests.Hosting;

/// <summary>
/// The real web host, on Kestrel and a free loopback port, with its own temporary data folder and
/// the demo accounts seeded with one known password. A browser needs a real socket, so this is
/// not the in-memory TestServer.
/// </summary>
public sealed class JinIpWebHost : WebApplicationFactory<Program>
{
    /// <summary>The password of every demo account in tests (16 characters, meets the policy).</summary>
    public const string DemoPassword = "Jinip-Test-2026x";

    /// <summary>Synthetic patents seeded at start, for the search journey.</summary>
    public const int DemoPatents = 300;

    private readonly JinIp.Testing.TestDatabase database = JinIp.Testing.TestDatabase.Create();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string DatabaseName => database.Provider.ToString();

    /// <summary>Where the host keeps its data (index, files): a command-line run against this host points here.</summary>
    public string DataFolder => database.Folder;

    /// <summary>The settings a separate <c>jinip</c> process needs to reach the same database.</summary>
    public IReadOnlyDictionary<string, string> DatabaseEnvironment => new Dictionary<string, string>
    {
        ["JINIP_Database__Provider"] = database.Provider.ToString(),
        ["JINIP_Database__ConnectionString"] = database.ConnectionString,
    };

    public void Start()
    {
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // "urls" keeps Program from binding localhost:5000; the data folder lives with the test database.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("DataDirectory", database.Folder);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:Patents", DemoPatents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Every test signs in from the same address; the login rate limit is tested by the HTTP tests.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        // Alerts run every second instead of every minute, so the journey sees them quickly.
        builder.UseSetting("Patents:AlertIntervalSeconds", "1");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
