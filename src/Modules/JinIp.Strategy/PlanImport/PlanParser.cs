using System.IO.Compression;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace JinIp.Strategy.PlanImport;

/// <summary>
/// Reads a Chinese government work plan (.txt or .docx) into parts, items, measures, responsible units
/// and targets. Nothing is stored: the caller previews the result, lets staff correct it, and commits it.
/// A document that is not a plan yields an error result and no partial plan.
/// </summary>
public static class PlanParser
{
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> LegacyOfficeSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Parses plan text (already decoded), e.g. the content of a .txt file.</summary>
    public static PlanParseResult Parse(string text) => PlanReader.Read(text);

    /// <summary>Parses a Word .docx document.</summary>
    public static PlanParseResult ParseDocx(Stream docx)
    {
        string text;
        try
        {
            text = DocxTextReader.ReadText(docx);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return PlanParseResult.Failure(PlanErrors.Unreadable);
        }

        return PlanReader.Read(text);
    }

    /// <summary>
    /// Parses an uploaded or opened file, deciding by its content (not its name) whether it is .docx or text.
    /// Text is decoded as UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK.
    /// </summary>
    /// <param name="content">The file content; read to the end, not disposed.</param>
    /// <param name="fileName">The file name, used only to recognise a legacy .doc that lacks its signature.</param>
    public static PlanParseResult Parse(Stream content, string fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        if (bytes.StartsWith(LegacyOfficeSignature)
            || fileName.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) && !bytes.StartsWith(ZipSignature))
        {
            return PlanParseResult.Failure(PlanErrors.LegacyWord);
        }

        if (bytes.StartsWith(ZipSignature))
        {
            buffer.Position = 0;
            return ParseDocx(buffer);
        }

        return PlanReader.Read(PlanTextDecoder.Decode(bytes));
    }

    /// <summary>Parses the file at <paramref name="path"/>; see <see cref="Parse(Stream, string)"/>.</summary>
    public static PlanParseResult ParseFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, Path.GetFileName(path));
    }
}
