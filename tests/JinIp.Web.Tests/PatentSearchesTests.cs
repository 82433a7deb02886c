using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Patents;
using JinIp.Patents.Searches;
using JinIp.PatentSearch.Generation;
using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Web.Tests;

/// <summary>Numbered history and its combination, saved searches, and alerts that reach the inbox and the mail outbox.</summary>
public sealed class PatentSearchesTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.WaitForIndexAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/patents/search?size=10&q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task HistoryNumbers_CombineLikeTheQueriesTheyStandFor()
    {
        var client = await factory.ApiClientAsync("expert");
        var first = await SearchAsync(client, "TI=系统");
        var second = await SearchAsync(client, "AD>=2020-01-01");
        var third = await SearchAsync(client, "TYPE=发明");
        var n1 = first.GetProperty("historyNumber").GetInt32();
        var n2 = second.GetProperty("historyNumber").GetInt32();
        var n3 = third.GetProperty("historyNumber").GetInt32();
        Assert.Equal([n1 + 1, n1 + 2], new[] { n2, n3 });

        var combined = await SearchAsync(client, $"#{n1} AND #{n2} NOT #{n3}");
        var direct = await SearchAsync(factory.Anonymous(), "TI=系统 AND AD>=2020-01-01 NOT TYPE=发明");
        Assert.True(direct.GetProperty("total").GetInt32() > 0, "the sample query should find something");
        Assert.Equal(direct.GetProperty("total").GetInt32(), combined.GetProperty("total").GetInt32());

        // Repeating the last search (another page) does not take a new number.
        var again = await SearchAsync(client, $"#{n1} AND #{n2} NOT #{n3}");
        Assert.Equal(combined.GetProperty("historyNumber").GetInt32(), again.GetProperty("historyNumber").GetInt32());

        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/history");
        var newest = history.EnumerateArray().First();
        Assert.Equal($"#{n1} AND #{n2} NOT #{n3}", newest.GetProperty("query").GetString());
        Assert.Equal(direct.GetProperty("query").GetString(), newest.GetProperty("expanded").GetString());
    }

    [Fact]
    public async Task HistoryReference_UnknownOrAnonymous_Is400AtTheReference()
    {
        var anonymous = await factory.Anonymous().GetAsync("/api/v1/patents/search?q=" + Uri.EscapeDataString("TI=电池 AND #1"));
        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.Equal(10, (await anonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("position").GetInt32());

        var client = await factory.ApiClientAsync("court");
        var unknown = await client.GetAsync("/api/v1/patents/search?q=" + Uri.EscapeDataString("#9999"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(0, (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task ClearingHistory_KeepsTheNumbering()
    {
        var client = await factory.ApiClientAsync("nankai");
        var before = (await SearchAsync(client, "TI=装置")).GetProperty("historyNumber").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/patents/history")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/history")).EnumerateArray());
        var after = (await SearchAsync(client, "TI=方法")).GetProperty("historyNumber").GetInt32();
        Assert.Equal(before + 1, after);
        var unknown = await client.GetAsync("/api/v1/patents/search?q=" + Uri.EscapeDataString($"#{before}"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task SavedSearch_ExpandsHistory_AndBelongsToItsOwnerOnly()
    {
        var owner = await factory.ApiClientAsync("applicant2");
        var number = (await SearchAsync(owner, "TI=材料")).GetProperty("historyNumber").GetInt32();
        var created = await owner.PostAsJsonAsync("/api/v1/patents/saved-searches", new { name = "材料（新）", query = $"#{number} AND AD>=2021-01-01", alert = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("TI=材料 AND AD>=2021-01-01", saved.GetProperty("query").GetString());
        var id = saved.GetProperty("id").GetGuid();

        var other = await factory.ApiClientAsync("applicant");
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/patents/saved-searches")).EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/patents/saved-searches/{id}/hits")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/patents/saved-searches/{id}", new { alert = true, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/patents/saved-searches/{id}")).StatusCode);

        // An edit based on an old version is refused, never silently applied.
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/patents/saved-searches/{id}", new { alert = true, version = 1 })).StatusCode);
        var stale = await owner.PutAsJsonAsync($"/api/v1/patents/saved-searches/{id}", new { name = "旧版本", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/patents/saved-searches/{id}")).StatusCode);
    }

    [Fact]
    public async Task SavedSearch_BadQuery_Is400WithPosition_AndBadName_NamesTheField()
    {
        var client = await factory.ApiClientAsync("office");
        var badQuery = await client.PostAsJsonAsync("/api/v1/patents/saved-searches", new { name = "x", query = "TI=(电池" });
        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.True((await badQuery.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("position", out _));

        var badName = await client.PostAsJsonAsync("/api/v1/patents/saved-searches", new { name = new string('名', 101), query = "TI=电池" });
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Contains("name", (await badName.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Alert_ReportsOnlyNewMatchingPatents_ToTheInboxAndMailOutbox_Once()
    {
        var client = await factory.ApiClientAsync("applicant");
        var generator = new PatentCorpusGenerator(Hosting.DemoPatents.Seed);
        var newRecords = Enumerable.Range(0, 60).Select(i => generator.Generate((long)DemoPatentsFactory.Count + 10_000 + i)).ToList();
        var word = newRecords[0].Title.Substring(2, 2);
        var query = "TI=" + word;
        var existing = (await SearchAsync(factory.Anonymous(), query)).GetProperty("total").GetInt32();
        Assert.True(existing > 0, "old patents match too, and must not be reported");

        var created = await client.PostAsJsonAsync("/api/v1/patents/saved-searches", new { name = "提醒测试", query, alert = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PatentStore>().UpsertAsync(newRecords);
            var first = await scope.ServiceProvider.GetRequiredService<PatentAlertRunner>().RunAsync();
            Assert.True(first.NewPatents >= newRecords.Count);
        }

        var expected = newRecords.Where(r => r.Title.Contains(word, StringComparison.Ordinal)).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        var hits = await client.GetFromJsonAsync<JsonElement>($"/api/v1/patents/saved-searches/{id}/hits?take=1000");
        Assert.Equal(expected, hits.EnumerateArray().Select(h => h.GetProperty("patentKey").GetString()!).Order(StringComparer.Ordinal).ToList());

        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        var alert = inbox.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("link").GetString() == $"/Patents/Saved/Hits?id={id:D}");
        Assert.Contains(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.GetProperty("title").GetString(), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var notificationId = alert.GetProperty("id").GetGuid();
            var mail = await db.EmailOutbox.SingleAsync(m => m.NotificationId == notificationId);
            Assert.Equal("applicant@demo.jinip.example", mail.To);
            Assert.Null(mail.SentAt);

            // A second run finds nothing new: no duplicate hits, no second message.
            var second = await scope.ServiceProvider.GetRequiredService<PatentAlertRunner>().RunAsync();
            Assert.Equal(0, second.Hits);
        }

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/patents/saved-searches/{id}/hits?take=1000");
        Assert.Equal(expected.Count, after.GetArrayLength());
    }

    [Fact]
    public async Task Notifications_AreTheirOwnersOnly()
    {
        var owner = await factory.ApiClientAsync("binhai");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "binhai");
            await scope.ServiceProvider.GetRequiredService<JinIp.Platform.Notifications.Notifier>().SendAsync(
                [user.Id], new JinIp.Platform.Notifications.NotificationMessage("test", "测试通知", "Test notice", "正文", "Body", "/Patents"));
        }

        var list = await owner.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var item = list.GetProperty("items").EnumerateArray().First(n => n.GetProperty("kind").GetString() == "test");
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal("测试通知", item.GetProperty("title").GetString());

        var stranger = await factory.ApiClientAsync("nankai");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        var unread = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(unread, n => n.GetProperty("id").GetGuid() == id);
    }
}
