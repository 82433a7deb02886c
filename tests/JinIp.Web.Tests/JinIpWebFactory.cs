using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Web.Tests;

/// <summary>
/// The real web host over a throwaway database (SQLite, or PostgreSQL when the test script asks),
/// seeded with the demo accounts, all with <see cref="Password"/>, and a fake clock.
/// </summary>
public class JinIpWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Jinip-Web-Test-2026";

    public static readonly string[] DemoUsers = ["admin", "office", "court", "police", "procurator", "customs", "nankai", "binhai", "applicant", "applicant2", "expert"];

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public JinIpWebFactory()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>A second node on the same database (multi-node tests).</summary>
    protected JinIpWebFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        OwnsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    private bool OwnsDatabase { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting(PlatformServices.DataDirectoryKey, Database.Folder);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Security:SessionCheckSeconds", "0");
        builder.UseSetting("Demo:Patents", "0");
        // Protection module: no rate limit on the public form in the shared host (its own test lowers them); a few demo cases
        builder.UseSetting("Protection:ComplaintsPerHour", "100000");
        builder.UseSetting("Protection:StatusLookupsPerMinute", "100000");
        builder.UseSetting("Demo:ProtectionCases", "20");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations and demo data
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (OwnsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An API client with a personal access token of the demo user.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            var actor = new Actor(user.Id, userName, user.OrganizationId, null, roles.ToHashSet(StringComparer.Ordinal));
            token = (await scope.ServiceProvider.GetRequiredService<AccessTokenService>().CreateAsync(actor, "tests", 30)).Token;
            _tokens[userName] = token;
        }

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the login form (cookie session).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string? password = null)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password ?? Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts a Razor form the way a browser does: first GET the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        if (match.Success)
        {
            fields["__RequestVerificationToken"] = match.Groups[1].Value;
        }

        var target = handler is null ? path : $"{path}?handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}

/// <summary>Shares one factory (one database) among the tests of a collection.</summary>
[CollectionDefinition(Name)]
public sealed class SharedWebHost : ICollectionFixture<JinIpWebFactory>
{
    public const string Name = "web";
}
