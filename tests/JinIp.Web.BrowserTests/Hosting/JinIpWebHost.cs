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

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "jinip-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly TestDatabase database = TestDatabase.FromEnvironment();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string DatabaseName => database.IsPostgres ? "PostgreSQL" : "SQLite";

    public void Start()
    {
        Directory.CreateDirectory(dataDirectory);
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the host as command-line arguments, so Program sees them before it builds:
        // "--data-dir" picks the data folder and "urls" keeps Program from binding localhost:5000.
        builder.UseSetting("data-dir", dataDirectory);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        // Every test signs in from the same address; the login rate limit is tested by the HTTP tests.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        foreach (var (key, value) in database.HostSettings())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DropAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // REVIEW: a file still held open must not fail the run; the folder is under the temp path.
        }
    }
}
