using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Platform.Data;
using JinIp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Web.Tests;

[Collection(SharedWebHost.Name)]
public sealed class AuditTrailTests(JinIpWebFactory factory)
{
    [Fact]
    public async Task LoginsFailuresAndDenials_AreAuditedInAnIntactChain()
    {
        await JinIpWebFactory.PostFormAsync(factory.Anonymous(), "/Account/Login", new() { ["Input.UserName"] = "court", ["Input.Password"] = "definitely-wrong-1" });
        await factory.SignedInAsync("court");
        var applicant = await factory.ApiClientAsync("applicant");
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/api/v1/audit")).StatusCode);

        var admin = await factory.ApiClientAsync("admin");
        var entries = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/audit?take=200");
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "auth.login-failed" && e.GetProperty("actorName").GetString() == "login:court");
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "auth.login" && e.GetProperty("actorName").GetString() == "court");
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "auth.denied" && e.GetProperty("actorName").GetString() == "applicant"
            && e.GetProperty("subjectId").GetString() == "GET /api/v1/audit");
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "token.create");

        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
        Assert.True(verify.GetProperty("entries").GetInt64() >= 4);
    }

    [Fact]
    public async Task DenialOfALongPath_Is403_AndAuditedShortened()
    {
        var applicant = await factory.ApiClientAsync("applicant");
        var path = $"/api/v1/registries/{new string('x', 150)}/records/{Guid.NewGuid()}";
        var response = await applicant.PutAsJsonAsync(path, new { });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var admin = await factory.ApiClientAsync("admin");
        var entries = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/audit?take=50");
        var denial = Assert.Single(entries!, e => e.GetProperty("action").GetString() == "auth.denied" && e.GetProperty("subjectId").GetString()!.StartsWith("PUT /api/v1/registries/xxx", StringComparison.Ordinal));
        Assert.Equal(100, denial.GetProperty("subjectId").GetString()!.Length);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AuditPage_ShowsTheChainStatusToTheOffice()
    {
        var client = await factory.SignedInAsync("office");
        var html = await client.GetStringAsync("/Admin/Audit");
        Assert.Contains("审计日志哈希链完整", html, StringComparison.Ordinal);
        Assert.Contains("auth.login", html, StringComparison.Ordinal);
    }
}

/// <summary>Own host: this test takes its database away.</summary>
public sealed class HealthTests(JinIpWebFactory factory) : IClassFixture<JinIpWebFactory>
{
    [Fact]
    public async Task Ready_FailsWithinASecondWhenTheDatabaseIsGone_LiveStaysUp()
    {
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        if (factory.Database.Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(factory.Database.Folder, "jinip.db"));
        }
        else
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var name = db.Database.GetDbConnection().Database;
            await using var admin = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable("JINIP_TEST_PG") + ";Database=postgres");
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE \"{name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        var ready = await client.GetAsync("/health/ready");
        watch.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"ready took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}

/// <summary>A second web node on the same database.</summary>
public sealed class SecondNodeFactory(TestDatabase database) : JinIpWebFactory(database, ownsDatabase: false);

public sealed class MultiNodeTests(JinIpWebFactory nodeA) : IClassFixture<JinIpWebFactory>
{
    [Fact]
    public async Task SessionCookieFromOneNode_IsAcceptedByTheOther()
    {
        await using var nodeB = new SecondNodeFactory(nodeA.Database);
        await nodeB.InitializeAsync();

        // Sign in on node A with a client that lets us carry the cookies by hand.
        var a = nodeA.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await a.GetAsync("/Account/Login");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "office",
                ["Input.Password"] = JinIpWebFactory.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", string.Join("; ", antiforgeryCookie));
        var signedIn = await a.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jinip.auth=", StringComparison.Ordinal)).Split(';')[0];

        var b = nodeB.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Add("Cookie", authCookie);
        var response = await b.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("office", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
    }
}
