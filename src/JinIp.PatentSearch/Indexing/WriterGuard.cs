using Lucene.Net.Store;

namespace JinIp.PatentSearch.Indexing;

/// <summary>
/// Keeps a second process from opening a writer on the same index folder: an exclusive OS lock
/// (<c>flock</c> on Linux, a sharing lock on Windows) on <c>jinip-writer.lock</c>, held for the writer's life.
/// The OS drops it when the process dies, so a crash never leaves the index locked, and the file is never
/// deleted, so there is only ever one file to lock.
/// </summary>
internal sealed class WriterGuard : IDisposable
{
    /// <summary>Not an index file name, so Lucene leaves it alone.</summary>
    public const string FileName = "jinip-writer.lock";

    private readonly FileStream stream;

    private WriterGuard(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock or throws <see cref="LockObtainFailedException"/> when another writer holds it.</summary>
    public static WriterGuard Acquire(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        try
        {
            return new WriterGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new LockObtainFailedException($"The patent index at {indexFolder} is open for writing in another process or instance.", e);
        }
    }

    public void Dispose() => stream.Dispose();
}
