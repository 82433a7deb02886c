using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JinIp.Web.Tests;

/// <summary>The office sees everything, a district office its district, an applicant only its own organization's records.</summary>
[Collection(SharedWebHost.Name)]
public sealed class DataScopeTests(JinIpWebFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task Organizations_AreScopedByRole()
    {
        var all = await OrganizationsAsync("office");
        Assert.True(all.Count >= 33, $"office sees {all.Count}");
        Assert.Equal(16, all.Count(o => o.GetProperty("type").GetString() == "DistrictOffice"));

        var nankai = await OrganizationsAsync("nankai");
        Assert.NotEmpty(nankai);
        Assert.All(nankai, o => Assert.Equal("120104", o.GetProperty("districtCode").GetString()));
        Assert.Contains(nankai, o => o.GetProperty("name").GetString() == "天津大学");

        var applicant = await OrganizationsAsync("applicant");
        Assert.Equal("天津津滨智能科技有限公司", Assert.Single(applicant).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Attachment_IsSeenByItsOrganizationItsDistrictAndTheOfficeOnly()
    {
        var owner = await factory.ApiClientAsync("applicant"); // 滨海新区 enterprise
        var id = await UploadAsync(owner, Pdf, "合同.pdf");

        foreach (var allowed in new[] { "applicant", "binhai", "office", "admin" })
        {
            var response = await (await factory.ApiClientAsync(allowed)).GetAsync($"/api/v1/attachments/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{allowed}: {response.StatusCode}");
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        }

        foreach (var refused in new[] { "applicant2", "nankai", "court", "expert" })
        {
            var response = await (await factory.ApiClientAsync(refused)).GetAsync($"/api/v1/attachments/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{refused}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Upload_RefusesContentThatIsNotWhatItsNameSays()
    {
        var client = await factory.ApiClientAsync("applicant");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "report.pdf");
        var response = await client.PostAsync("/api/v1/attachments/", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("report.pdf", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> OrganizationsAsync(string user) =>
        (await (await factory.ApiClientAsync(user)).GetFromJsonAsync<List<JsonElement>>("/api/v1/organizations"))!;

    private static async Task<string> UploadAsync(HttpClient client, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        form.Add(new StringContent("evidence"), "purpose");
        var response = await client.PostAsync("/api/v1/attachments/", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/pdf", body.GetProperty("contentType").GetString());
        return body.GetProperty("id").GetString()!;
    }
}
