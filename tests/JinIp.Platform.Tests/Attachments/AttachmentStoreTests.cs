using System.IO.Compression;
using System.Text;
using JinIp.Platform.Attachments;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Platform.Tests.Attachments;

public sealed class AttachmentStoreTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly Actor EnterpriseA = new(Guid.NewGuid(), "a", Guid.NewGuid(), "120116", new HashSet<string> { Roles.Applicant });
    private static readonly Actor EnterpriseB = new(Guid.NewGuid(), "b", Guid.NewGuid(), "120111", new HashSet<string> { Roles.Applicant });
    private static readonly Actor BinhaiOffice = new(Guid.NewGuid(), "binhai", Guid.NewGuid(), "120116", new HashSet<string> { Roles.DistrictOffice });
    private static readonly Actor Office = new(Guid.NewGuid(), "office", Guid.NewGuid(), null, new HashSet<string> { Roles.OfficeStaff });

    public static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Save_StoresContentAddressedAndDetectsTypeByContent()
    {
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var saved = await store.SaveAsync(new MemoryStream(PdfBytes), "证据.pdf", "test", UploadRules.Documents, EnterpriseA);

        Assert.Equal(ContentSniffer.Pdf, saved.ContentType);
        Assert.Equal(PdfBytes.Length, saved.Size);
        Assert.True(File.Exists(fixture.Paths.ContentPath(saved.Sha256)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(PdfBytes)), saved.Sha256);

        var again = await store.SaveAsync(new MemoryStream(PdfBytes), "copy.pdf", "test", UploadRules.Documents, EnterpriseA);
        Assert.Equal(saved.Sha256, again.Sha256);
        Assert.NotEqual(saved.Id, again.Id);
    }

    [Fact]
    public async Task Save_RejectsRenamedExecutable()
    {
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var elf = new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        var error = await Assert.ThrowsAsync<ValidationException>(() => store.SaveAsync(new MemoryStream(elf), "invoice.pdf", "test", UploadRules.Documents, EnterpriseA));
        Assert.Equal("file", error.Errors.Single().Field);
        Assert.Contains("invoice.pdf", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StopsAtTheSizeLimitWithoutKeepingAnything()
    {
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var rules = new UploadRules(1024, UploadRules.Documents.AllowedContentTypes);
        var big = new MemoryStream(PdfBytes.Concat(new byte[4096]).ToArray());
        var error = await Assert.ThrowsAsync<ValidationException>(() => store.SaveAsync(big, "big.pdf", "test", rules, EnterpriseA));
        Assert.Contains("1 KB", error.MessageZh, StringComparison.Ordinal);
        Assert.True(big.Position <= 1024 + 81920, "the store must stop reading soon after the limit");
        Assert.Empty(Directory.Exists(fixture.Paths.TempDirectory) ? Directory.GetFiles(fixture.Paths.TempDirectory) : []);
    }

    [Fact]
    public async Task Open_OnlyForOwnerOrganizationTheirDistrictAndTheOffice()
    {
        Guid id;
        await using (var scope = fixture.Scope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<AttachmentStore>().SaveAsync(new MemoryStream(PdfBytes), "a.pdf", "test", UploadRules.Documents, EnterpriseA)).Id;
        }

        await using var read = fixture.Scope();
        var store = read.ServiceProvider.GetRequiredService<AttachmentStore>();
        foreach (var allowed in new[] { EnterpriseA, BinhaiOffice, Office })
        {
            var (attachment, content) = await store.OpenAsync(id, allowed);
            await using (content)
            {
                Assert.Equal("a.pdf", attachment.FileName);
                Assert.Equal(PdfBytes.Length, content.Length);
            }
        }

        await Assert.ThrowsAsync<NotFoundException>(() => store.OpenAsync(id, EnterpriseB));
        await Assert.ThrowsAsync<NotFoundException>(() => store.OpenAsync(id, Actor.Anonymous("127.0.0.1")));
        await Assert.ThrowsAsync<NotFoundException>(() => store.OpenAsync(Guid.NewGuid(), Office));
    }

    [Fact]
    public void Sniffer_TellsOfficeFilesAndTextApart()
    {
        var folder = Path.Combine(fixture.Database.Folder, "sniff");
        Directory.CreateDirectory(folder);
        Assert.Equal(ContentSniffer.Docx, ContentSniffer.Detect(WriteZip(folder, "d.docx", "[Content_Types].xml", "word/document.xml")));
        Assert.Equal(ContentSniffer.Xlsx, ContentSniffer.Detect(WriteZip(folder, "x.xlsx", "[Content_Types].xml", "xl/workbook.xml")));
        Assert.Equal(ContentSniffer.Zip, ContentSniffer.Detect(WriteZip(folder, "z.docx", "readme.txt")));
        Assert.Equal(ContentSniffer.Png, ContentSniffer.Detect(Write(folder, "p.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])));
        Assert.Equal(ContentSniffer.PlainText, ContentSniffer.Detect(Write(folder, "t.txt", Encoding.UTF8.GetBytes("天津市知识产权局\n第二行"))));
        Assert.Null(ContentSniffer.Detect(Write(folder, "b.txt", [0x41, 0x00, 0x42, 0xFF, 0xFE])));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\证据 1.pdf", "证据 1.pdf")]
    [InlineData("  ", "file")]
    public void SanitizeFileName_KeepsOnlyTheName(string input, string expected) =>
        Assert.Equal(expected, AttachmentStore.SanitizeFileName(input));

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string WriteZip(string folder, string name, params string[] entries)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var entry in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }

        return path;
    }
}
