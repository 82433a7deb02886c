using System.IO.Compression;
using System.Text;

namespace JinIp.Platform.Attachments;

/// <summary>
/// Recognises a file's type from its first bytes (and, for Office files, from the package
/// inside the ZIP), so a renamed executable is never accepted as a PDF.
/// </summary>
public static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Zip = "application/zip";
    public const string Mp3 = "audio/mpeg";
    public const string Mp4 = "video/mp4";
    public const string PlainText = "text/plain";

    /// <summary>Bytes needed from the start of the file for every check except the ZIP package look-up.</summary>
    public const int HeaderLength = 64;

    /// <summary>The detected type of the file at <paramref name="path"/>, or null if it is none of the known types.</summary>
    public static string? Detect(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[HeaderLength];
        var read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        var head = header[..read];

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0))
        {
            return Mp3;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            stream.Position = 0;
            return DetectZipPackage(stream);
        }

        stream.Position = 0;
        return IsUtf8Text(stream) ? PlainText : null;
    }

    private static string DetectZipPackage(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Contains("word/document.xml"))
                {
                    return Docx;
                }

                if (names.Contains("xl/workbook.xml"))
                {
                    return Xlsx;
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged archive is still only a zip as far as we can tell.
        }

        return Zip;
    }

    private static bool IsUtf8Text(Stream stream)
    {
        // Text must decode as strict UTF-8 and hold no NUL or other binary control bytes.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[bytes.Length + 4];
        int read;
        var any = false;
        try
        {
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                any = true;
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                for (var i = 0; i < count; i++)
                {
                    var c = chars[i];
                    if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f'))
                    {
                        return false;
                    }
                }
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return any;
    }
}
