using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Registries.Tests;

/// <summary>Staff editing through the API: audited, optimistic (a stale edit is refused), staff only; the lists are public.</summary>
public sealed class EditingTests(RegistriesWebFactory factory) : IClassFixture<RegistriesWebFactory>
{
    private const string Varieties = "/api/v1/registries/plant-varieties/records";

    private static object Variety(string name, string number, string status = "申请中", string? grant = null, string? grantDate = null) => new
    {
        values = new Dictionary<string, string?>
        {
            ["varietyName"] = name, ["crop"] = "水稻", ["breeder"] = "天津测试育种所（测试）", ["district"] = "西青区",
            ["applicationNumber"] = number, ["applicationDate"] = "2021-01-05", ["status"] = status, ["grantNumber"] = grant, ["grantDate"] = grantDate,
        },
    };

    [Fact]
    public async Task AnEdit_OnTheVersionRead_IsSavedAndAudited_AndAStaleEditIsRefusedWithoutOverwriting()
    {
        var office = await factory.ApiClientAsync("office");
        var admin = await factory.ApiClientAsync("admin");
        var created = await (await office.PostAsJsonAsync(Varieties, Variety("津测编辑1号", "20210000101"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal(1, created.GetProperty("version").GetInt32());

        var first = await office.PutAsJsonAsync($"{Varieties}/{id}", new { version = 1, values = new Dictionary<string, string?> { ["status"] = "已授权", ["grantNumber"] = "CNA20210000101.1", ["grantDate"] = "2021-09-01" } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The administrator still holds version 1: the edit is refused and the office's change stays.
        var stale = await admin.PutAsJsonAsync($"{Varieties}/{id}", new { version = 1, values = new Dictionary<string, string?> { ["crop"] = "玉米" } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var now = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"{Varieties}/{id}");
        Assert.Equal(2, now.GetProperty("version").GetInt32());
        Assert.Equal("水稻", now.GetProperty("values").GetProperty("crop").GetString());
        Assert.Equal("已授权", now.GetProperty("values").GetProperty("status").GetString());

        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.Where(a => a.SubjectId == id).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["registry.create", "registry.update"], entries.Select(e => e.Action).ToList());
        Assert.Equal("office", entries[1].ActorName);
        Assert.Contains("申请中", entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("CNA20210000101.1", entries[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidValues_AnswerWithEachFieldInTheCallersLanguage()
    {
        var office = await factory.ApiClientAsync("office");
        var response = await office.PostAsJsonAsync(Varieties, Variety("津测无效", "20210000102", "已授权"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("品种权号", errors.GetProperty("grantNumber")[0].GetString(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Post, Varieties) { Content = JsonContent.Create(new { values = new Dictionary<string, string?> { ["varietyName"] = "x", ["applicationDate"] = "2021-13-40" } }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishErrors = (await (await office.SendAsync(english)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("not a valid date", englishErrors.GetProperty("applicationDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("required", englishErrors.GetProperty("crop")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyOfficeLevelStaffMayWrite_AndAnyoneMayRead()
    {
        var list = await factory.Anonymous().GetAsync(Varieties);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);

        foreach (var user in new[] { "court", "nankai", "applicant", "expert" })
        {
            var client = await factory.ApiClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(Varieties, Variety("津测越权", "20210000199"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().PostAsJsonAsync(Varieties, Variety("津测越权", "20210000199"))).StatusCode);
        Assert.Equal(0, (await factory.Anonymous().GetFromJsonAsync<JsonElement>($"{Varieties}?q=20210000199")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ADuplicateOrAReferencedRecord_IsAConflictNotASilentChange()
    {
        var office = await factory.ApiClientAsync("office");
        await office.PostAsJsonAsync(Varieties, Variety("津测重复", "20210000103"));
        var duplicate = await office.PostAsJsonAsync(Varieties, Variety("津测重复", "20210000103"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);

        // The demo GI 小站稻 has an authorized user: deleting it is refused.
        var gi = Assert.Single((await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/registries/geographic-indications/records?q=小站稻")).GetProperty("records").EnumerateArray());
        var delete = await office.DeleteAsync($"/api/v1/registries/geographic-indications/records/{gi.GetProperty("id").GetString()}?version={gi.GetProperty("version").GetInt32()}");
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
    }

    [Fact]
    public async Task TheList_IsInPinyinOrder_AndPaged()
    {
        var office = await factory.ApiClientAsync("office");
        foreach (var (name, number) in new[] { ("西青排序", "20210000301"), ("北辰排序", "20210000302"), ("滨海排序", "20210000303"), ("和平排序", "20210000304") })
        {
            Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync(Varieties, Variety(name, number))).StatusCode);
        }

        var page1 = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"{Varieties}?q=排序&size=3&page=1");
        var page2 = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"{Varieties}?q=排序&size=3&page=2");
        Assert.Equal(4, page1.GetProperty("total").GetInt32());
        var names = page1.GetProperty("records").EnumerateArray().Concat(page2.GetProperty("records").EnumerateArray())
            .Select(r => r.GetProperty("values").GetProperty("varietyName").GetString()).ToList();
        Assert.Equal(["北辰排序", "滨海排序", "和平排序", "西青排序"], names);

        var page = await factory.Anonymous().GetAsync($"/Registries/Browse/plant-varieties?q={Uri.EscapeDataString("排序")}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("北辰排序", StringComparison.Ordinal) < html.IndexOf("西青排序", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.Anonymous().GetAsync($"{Varieties}?size=1000")).StatusCode);
    }
}
