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
    /// Resolves the data folder the same way for the web host and the CLI: the <c>--data-dir</c>
    /// argument wins, then the environment variable, then <c>data</c> under the working directory.
    /// Returns the arguments without the <c>--data-dir</c> pair.
    /// </summary>
    public static (PlatformPaths Paths, string[] RemainingArgs) FromArgs(string[] args)
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

        var directory = fromArgs
            ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? Path.Combine(Environment.CurrentDirectory, "data");
        return (new PlatformPaths(directory), rest.ToArray());
    }
}
