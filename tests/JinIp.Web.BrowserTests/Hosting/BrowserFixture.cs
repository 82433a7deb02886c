namespace JinIp.Web.BrowserTests.Hosting;

/// <summary>
/// One host and one headless system Chromium shared by every browser test; each test opens its own
/// browser context, so cookies (sign-in, language) never leak from one test to another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public JinIpWebHost Host { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need the system Chromium at {ChromiumPath} (apt-get install chromium fonts-noto-cjk).");
        }

        // Playwright must never fetch a browser build of its own: the system one is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Host.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // --no-sandbox: CI runs as root, where Chromium refuses its sandbox. The rest keep a test
            // browser from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies) pointed at the host, and a page in it.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
#pragma warning disable CA1711 // xUnit's own term: a test collection definition.
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
#pragma warning restore CA1711
{
    public const string Name = "browser";
}
