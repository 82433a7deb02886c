using System.Globalization;
using System.Text.Json;
using JinIp.PatentSearch.Generation;
using JinIp.Web.BrowserTests.Account;
using JinIp.Web.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace JinIp.Web.BrowserTests.Patents;

[Collection(BrowserCollection.Name)]
public sealed class SearchAlertJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Searcher_CombinesHistory_SavesAnAlert_AndSeesNewPatentsImportedThroughTheCli()
    {
        // New patents, written the way `jinip patents generate --out` writes them; the word is in the first title.
        var generator = new PatentCorpusGenerator(JinIp.Web.Hosting.DemoPatents.Seed);
        var fresh = Enumerable.Range(0, 40).Select(i => generator.Generate(500_000L + i)).ToList();
        var word = fresh[0].Title.Substring(2, 2);
        var expected = fresh.Count(r => r.Title.Contains(word, StringComparison.Ordinal));

        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync("applicant2", JinIpWebHost.DemoPassword);

        var search = new PatentSearchPage(page);
        await search.GotoAsync("?mode=command");
        await search.CommandBox.FillAsync("TI=" + word);
        await search.SearchButton.ClickAsync();
        var first = await page.GetByTestId("history-number").InnerTextAsync();

        await search.CommandBox.FillAsync("AD>=2000-01-01");
        await search.SearchButton.ClickAsync();
        var second = await page.GetByTestId("history-number").InnerTextAsync();

        // Combining by number searches what the numbers stand for.
        await search.CommandBox.FillAsync($"{first} AND {second}");
        await search.SearchButton.ClickAsync();
        await Expect(page.GetByTestId("canonical-query")).ToHaveTextAsync($"TI={word} AND AD>=2000-01-01");
        await Expect(page.GetByTestId("search-history").GetByTestId("history-row")).ToHaveCountAsync(3);

        var save = page.Locator("details.save-search");
        await save.GetByText("保存检索式").ClickAsync();
        await save.GetByLabel("名称", new() { Exact = true }).FillAsync("新专利提醒");
        await save.GetByLabel("新专利提醒").CheckAsync();
        await save.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("saved-message")).ToContainTextAsync("新专利提醒");
        await Expect(page.GetByTestId("saved-row")).ToContainTextAsync($"TI={word} AND AD>=2000-01-01");

        var file = Path.Combine(fixture.Host.DataFolder, "new-patents.jsonl");
        await File.WriteAllLinesAsync(file, fresh.Select(ToJsonLine));
        var (code, output) = await JinIpCli.RunAsync(fixture.Host, "patents", "import", file);
        Assert.True(code == 0, output);

        // The running host holds the index; the command leaves the indexing to it instead of opening a second writer.
        Assert.Contains("The running web host holds the index", output, StringComparison.Ordinal);

        // The host's alert job runs every second in tests; the badge appears on the next page load after it did.
        var badge = page.GetByTestId("unread-badge");
        for (var i = 0; i < 60 && await badge.CountAsync() == 0; i++)
        {
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
        }

        await page.GetByTestId("nav-notifications").ClickAsync();
        var message = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "检索提醒「新专利提醒」" });
        await Expect(message).ToContainTextAsync($"{expected.ToString("N0", CultureInfo.InvariantCulture)} 件新专利");
        await message.GetByRole(AriaRole.Button, new() { NameRegex = new("^查看") }).ClickAsync();

        await Expect(page.GetByTestId("alert-hit")).ToHaveCountAsync(expected);
        await Expect(page.GetByTestId("alert-hit").First).ToContainTextAsync(word);
    }

    private static string ToJsonLine(JinIp.PatentSearch.Records.PatentRecord r) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["application_number"] = r.ApplicationNumber?.ToString(),
        ["publication_numbers"] = r.Publications.Select(p => p.Number.ToString()).ToArray(),
        ["type"] = r.Type.ToString(),
        ["title"] = r.Title,
        ["abstract"] = r.Abstract,
        ["claims"] = r.Claims,
        ["applicants"] = r.Applicants.Select(a => a.Name).ToArray(),
        ["inventors"] = r.Inventors.ToArray(),
        ["main_ipc"] = r.MainIpc?.Code,
        ["ipc"] = r.Ipcs.Select(c => c.Code).ToArray(),
        ["application_date"] = r.ApplicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["address"] = r.Address,
    });
}
