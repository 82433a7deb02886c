namespace JinIp.Platform.Hosting;

/// <summary>
/// Where JinIP keeps its files: the SQLite database, the Lucene indexes and the attachments, all
/// under one data folder given by <c>--data-dir DIR</c>, or <c>JINIP_DATA_DIR</c>, or <c>./data</c>.
/// </summary>
public sealed class PlatformPaths
{
    public const string EnvironmentVariable = "JINIP_DATA_DIR";

    public PlatformPaths(string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
    }

    public string DataDirectory { get; }

    public string SqliteFile => Path.Combine(DataDirectory, "jinip.db");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    public string TempDirectory => Path.Combine(DataDirectory, "tmp");

    public string ContentPath(string sha256) => Path.Combine(FilesDirectory, sha256[..2], sha256[2..4], sha256);

    /// <summary>
    /// Takes <c>--data-dir DIR</c> (or <c>--data-dir=DIR</c>) out of the arguments. The web host and
    /// the CLI resolve the folder the same way: the argument wins, then <c>JINIP_DATA_DIR</c>, then the
    /// <c>DataDirectory</c> setting, then <c>data</c> under the working directory.
    /// </summary>
    public static (string? DataDirectory, string[] RemainingArgs) TakeDataDirectory(string[] args)
    {
        string? fromArgs = null;
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (string.Equals(args[i], "--data-dir", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                fromArgs = args[++i];
            }
            else if (args[i].StartsWith("--data-dir=", StringComparison.Ordinal))
            {
                fromArgs = args[i]["--data-dir=".Length..];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (fromArgs ?? Environment.GetEnvironmentVariable(EnvironmentVariable), rest.ToArray());
    }
}
