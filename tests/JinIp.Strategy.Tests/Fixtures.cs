namespace JinIp.Strategy.Tests;

/// <summary>Finds test documents: the fixtures beside the tests and the seed plan in shared/.</summary>
internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>
    /// The seed plan lives in shared/ beside the repository (../shared/seed from the repo root). Tests walk up
    /// from the build output so that they run from any clone, including CI's fresh one.
    /// </summary>
    public static string SeedPath
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "seed", "2021-tianjin-ip-work-points.txt");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("The seed plan shared/seed/2021-tianjin-ip-work-points.txt was not found above the test directory.");
        }
    }
}
