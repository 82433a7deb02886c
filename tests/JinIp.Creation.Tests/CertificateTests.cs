using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using JinIp.Creation.Certificates;
using JinIp.Creation.Data;
using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;

namespace JinIp.Creation.Tests;

/// <summary>The certificate PDF: the Chinese font really embedded, the number drawn with it, the QR code of the verification address.</summary>
public sealed partial class CertificateTests(CreationFixture fixture) : IClassFixture<CreationFixture>
{
    [Fact]
    public async Task Certificate_EmbedsTheCjkFont_AndDrawsTheNumberAndTitle()
    {
        var review = await fixture.InReviewAsync(fixture.ApplicantA, "津门故里写生集", WorkType.FineArt);
        var registered = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Register, review.Version, null));
        await using var scope = fixture.Scope();
        var certificates = scope.ServiceProvider.GetRequiredService<CopyrightCertificates>();
        var (fileName, pdf) = await certificates.RenderAsync(fixture.ApplicantA, registered.Id, "https://ip.example.cn");

        Assert.Equal(registered.RegistrationNumber + ".pdf", fileName);
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8));
        var text = Encoding.Latin1.GetString(pdf);

        // A CID-keyed CFF font program, embedded (FontFile3), not merely named.
        Assert.Matches(@"/Subtype\s*/CIDFontType0C", text);
        Assert.Matches(@"/FontFile3\s+\d+ 0 R", text);
        Assert.Matches(@"/Subtype\s*/CIDFontType0\b", text);
        Assert.Matches(@"/BaseFont\s*/NotoSerifCJKsc-Regular", text);
        var streams = Streams(pdf).Select(Inflate).ToList();
        var font = scope.ServiceProvider.GetRequiredService<CertificateRenderer>().Font;
        var fontProgram = streams.Single(s => s.Length > 4 && s[0] == 1 && s[1] == 0 && s[2] == 4); // CFF 1.0 header
        var original = CffSubset.CharStrings(font.Cff);
        var embedded = CffSubset.CharStrings(fontProgram);
        Assert.True(original.Count == embedded.Count, $"{original.Count} glyphs in the font, {embedded.Count} embedded ({fontProgram.Length:N0} bytes)");
        Assert.Equal(original[font.GlyphOf('津')], embedded[font.GlyphOf('津')]);
        Assert.Equal(original[font.GlyphOf('登')], embedded[font.GlyphOf('登')]);
        Assert.Equal([0x0E], embedded[font.GlyphOf('龘')]); // not on the certificate: an empty glyph
        Assert.True(pdf.Length < 2_000_000, $"certificate is {pdf.Length:N0} bytes");

        // The number and the title are drawn with glyphs of that font, and extractable through ToUnicode.
        var content = string.Join("\n", streams.Select(s => Encoding.Latin1.GetString(s)));
        Assert.Contains($"<{font.Encode("登记号：" + registered.RegistrationNumber)}> Tj", content, StringComparison.Ordinal);
        Assert.Contains(font.Encode("津门故里写生集"), content, StringComparison.Ordinal);
        Assert.True(font.HasGlyph('津') && font.CidOf('津') != 0);
        Assert.Contains($"<{font.CidOf('津'):X4}> <6D25>", content, StringComparison.Ordinal); // ToUnicode: CID → U+6D25 津

        // The QR code's address is also a link on the page.
        var url = certificates.VerificationUrl(registered.RegistrationNumber!, "https://ip.example.cn");
        Assert.Contains("/Creation/Copyright/Verify?number=", url, StringComparison.Ordinal);
        Assert.Contains(url, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyRegisteredWorksHaveACertificate_AndOnlyForThoseWhoMaySeeThem()
    {
        var review = await fixture.InReviewAsync(fixture.ApplicantA, "尚未登记");
        await using var scope = fixture.Scope();
        var certificates = scope.ServiceProvider.GetRequiredService<CopyrightCertificates>();
        await Assert.ThrowsAsync<ConflictException>(() => certificates.RenderAsync(fixture.ApplicantA, review.Id, "http://localhost"));
        var registered = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Register, review.Version, null));
        await Assert.ThrowsAsync<NotFoundException>(() => certificates.RenderAsync(fixture.ApplicantB, registered.Id, "http://localhost"));
    }

    [Fact]
    public void MissingFont_GivesAClearError()
    {
        var renderer = new CertificateRenderer(new CreationOptions { CertificateFont = "/nonexistent/font.ttc" });
        var registration = new CopyrightRegistration { ApplicantName = "x", RegistrationNumber = "津作登字-2021-A-00000001", RegisteredOn = new DateOnly(2021, 3, 1) };
        var error = Assert.Throws<ConflictException>(() => renderer.Render(registration, "http://localhost/v"));
        Assert.Contains("/nonexistent/font.ttc", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("Creation:CertificateFont", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void QrCode_HasFinderPatternsAndFormatInformationForLevelM()
    {
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode("https://ip.example.cn/Creation/Copyright/Verify?number=%E6%B4%A5%E4%BD%9C%E7%99%BB%E5%AD%97-2021-H-00000001", QRCodeGenerator.ECCLevel.M);
        var m = qr.ModuleMatrix;
        const int quiet = 4;
        var size = m.Count - (2 * quiet);
        Assert.Equal(0, (size - 17) % 4); // 21, 25, … modules: a real QR version
        bool At(int row, int column) => m[row + quiet][column + quiet];

        // Finder pattern (7×7: dark ring, light ring, dark 3×3 core) in three corners.
        foreach (var (r0, c0) in new[] { (0, 0), (0, size - 7), (size - 7, 0) })
        {
            for (var r = 0; r < 7; r++)
            {
                for (var c = 0; c < 7; c++)
                {
                    var ring = Math.Max(Math.Abs(r - 3), Math.Abs(c - 3));
                    Assert.Equal(ring != 2, At(r0 + r, c0 + c));
                }
            }
        }

        // Format information around the top-left finder: 15 bits, masked with 101010000010010; the top two bits are the EC level (M = 00).
        int[] rows = [0, 1, 2, 3, 4, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8];
        int[] columns = [8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 4, 3, 2, 1, 0];
        var bits = 0;
        for (var i = 0; i < 15; i++)
        {
            bits |= (At(rows[i], columns[i]) ? 1 : 0) << i;
        }

        var format = bits ^ 0b101010000010010;
        Assert.Equal(0b00, (format >> 13) & 0b11);
        Assert.Equal(0, Bch(format)); // the BCH(15,5) code checks out: the bits were read right
    }

    private static int Bch(int value)
    {
        const int generator = 0b10100110111;
        for (var bit = 14; bit >= 10; bit--)
        {
            if ((value & (1 << bit)) != 0)
            {
                value ^= generator << (bit - 10);
            }
        }

        return value;
    }

    private static IEnumerable<byte[]> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match match in StreamStart().Matches(text))
        {
            var start = match.Index + match.Length;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            yield return pdf[start..end];
        }
    }

    private static byte[] Inflate(byte[] data)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return data;
        }
    }

    [GeneratedRegex("(?<!end)stream\r?\n")]
    private static partial Regex StreamStart();
}
