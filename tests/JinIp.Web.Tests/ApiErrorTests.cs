using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JinIp.Web.Tests;

/// <summary>Bad input gets a 400 ProblemDetails naming the field, in the caller's language, never a 500.</summary>
[Collection(SharedWebHost.Name)]
public sealed class ApiErrorTests(JinIpWebFactory factory)
{
    [Fact]
    public async Task MalformedJson_Is400ProblemDetailsWithTraceId()
    {
        var client = await factory.ApiClientAsync("office");
        var response = await client.PostAsync("/api/v1/tokens/", new StringContent("{\"name\": \"x\",", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.TryGetProperty("traceId", out var traceId) && traceId.GetString()!.Length == 32);
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task WrongType_NamesTheField()
    {
        var client = await factory.ApiClientAsync("office");
        var response = await client.PostAsync("/api/v1/tokens/", new StringContent("{\"name\": \"x\", \"lifetimeDays\": \"thirty\"}", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("lifetimeDays")[0].GetString();
        Assert.Contains("lifetimeDays", message, StringComparison.Ordinal);
        Assert.Contains("无法识别", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlongString_NamesTheFieldInChineseByDefaultAndEnglishOnRequest()
    {
        var client = await factory.ApiClientAsync("office");
        var body = new { name = new string('长', 101), lifetimeDays = 30 };

        var chinese = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/tokens/", body), HttpStatusCode.BadRequest);
        Assert.Equal("令牌名称必填，最多 100 个字符。", chinese.GetProperty("errors").GetProperty("name")[0].GetString());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens/") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.Equal("The token name is required, at most 100 characters.", english.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task OversizedBody_Is413ProblemDetails()
    {
        var client = await factory.ApiClientAsync("office");
        var huge = "{\"name\": \"" + new string('x', 400 * 1024) + "\", \"lifetimeDays\": 1}";
        var problem = await ProblemAsync(await client.PostAsync("/api/v1/tokens/", new StringContent(huge, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails()
    {
        var client = await factory.ApiClientAsync("office");
        await ProblemAsync(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MissingOrRevokedToken_Is401ProblemDetails()
    {
        await ProblemAsync(await factory.Anonymous().GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);

        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "jinip_forged");
        var response = await client.GetAsync("/api/v1/me");
        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task TokenLifecycle_CreateUseListRevoke()
    {
        var office = await factory.ApiClientAsync("office");
        var created = await office.PostAsJsonAsync("/api/v1/tokens/", new { name = "同步脚本", lifetimeDays = 7 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("record").GetProperty("id").GetString();

        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("office", me.GetProperty("userName").GetString());
        Assert.Equal("天津市知识产权局", me.GetProperty("organizationName").GetString());

        var list = await office.GetStringAsync("/api/v1/tokens/");
        Assert.Contains("同步脚本", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }
}

[Collection(SharedWebHost.Name)]
public sealed class QueryParameterErrorTests(JinIpWebFactory factory)
{
    [Fact]
    public async Task UnknownEnumValue_Is400NamingTheParameter()
    {
        var client = await factory.ApiClientAsync("office");
        var response = await client.GetAsync("/api/v1/organizations?type=Spaceship");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("参数“type”的值“Spaceship”无效。", problem.GetProperty("errors").GetProperty("type")[0].GetString());

        var universities = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/organizations?type=University");
        Assert.Equal("天津大学", Assert.Single(universities!).GetProperty("name").GetString());
    }

    [Fact]
    public async Task InvalidDate_Is400NamingTheParameter()
    {
        var client = await factory.ApiClientAsync("admin");
        var response = await client.GetAsync("/api/v1/audit?since=2021-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("2021-02-30", problem.GetProperty("errors").GetProperty("since")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit?since=2021-02-28")).StatusCode);
    }
}
