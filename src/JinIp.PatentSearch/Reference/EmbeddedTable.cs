using System.IO.Compression;
using System.Text;

namespace JinIp.PatentSearch.Reference;

/// <summary>Reads the gzip-compressed tab-separated tables embedded in this assembly.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Read(string name)
    {
        var resource = "JinIp.PatentSearch.Reference." + name;
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the build.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
