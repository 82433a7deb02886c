using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JinIp.Strategy.Assessment;

namespace JinIp.Web.Tests;

/// <summary>District indicators computed from the patent index agree with the patent analysis API and the population data.</summary>
public sealed class StrategyPatentFiguresTests(DemoPatentsFactory factory) : IClassFixture<DemoPatentsFactory>
{
    private const string ValidInventions = "TYPE=发明 AND LS=有效";

    [Fact]
    public async Task ValidInventionPatentsPer10kPeople_IsTheDistrictCountOverItsPopulation()
    {
        var client = factory.Anonymous();
        await factory.WaitForIndexAsync();
        var analysis = await client.GetFromJsonAsync<JsonElement>("/api/v1/patents/analysis?q=" + Uri.EscapeDataString(ValidInventions));
        Assert.Equal(JsonValueKind.Object, analysis.ValueKind);
        var population = DistrictPopulation.Tianjin.TenThousands;
        var counts = analysis.GetProperty("regions").EnumerateArray()
            .Where(r => population.ContainsKey(r.GetProperty("value").GetString()!))
            .ToDictionary(r => r.GetProperty("value").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.NotEmpty(counts);

        var office = await factory.ApiClientAsync("office");
        var created = await office.PutAsJsonAsync("/api/v1/strategy/indicators", new { year = 2030, name = "每万人口发明专利拥有量", unit = "件/万人", weight = 100, direction = "HigherIsBetter", target = 31.3, source = "valid-invention-patents-per-10k" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var ranking = await office.GetFromJsonAsync<JsonElement>("/api/v1/strategy/ranking?year=2030");
        foreach (var district in ranking.GetProperty("districts").EnumerateArray())
        {
            var code = district.GetProperty("districtCode").GetString()!;
            var value = district.GetProperty("indicators")[0].GetProperty("value");
            if (counts.TryGetValue(code, out var count))
            {
                Assert.Equal(Math.Round(count / population[code], 2), value.GetDecimal());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, value.ValueKind);
            }
        }

        var totals = ranking.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
    }
}
