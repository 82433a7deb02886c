using System.Security.Cryptography;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Attachments;

/// <summary>What an upload slot accepts.</summary>
public sealed record UploadRules(long MaxBytes, IReadOnlySet<string> AllowedContentTypes)
{
    public static readonly UploadRules Documents = new(
        20 * 1024 * 1024,
        new HashSet<string>(StringComparer.Ordinal) { ContentSniffer.Pdf, ContentSniffer.Png, ContentSniffer.Jpeg, ContentSniffer.Docx, ContentSniffer.Xlsx });
}

public sealed class AttachmentStore(PlatformDbContext db, PlatformPaths paths, IAuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Streams <paramref name="content"/> to a temporary file while hashing it, stopping as soon as
    /// it passes the size limit (nothing larger is ever buffered), checks the type by content, then
    /// moves it to its content address and records it.
    /// </summary>
    public async Task<Attachment> SaveAsync(Stream content, string fileName, string purpose, UploadRules rules, Actor owner, CancellationToken cancellationToken = default)
    {
        if (owner.UserId is not { } userId || owner.OrganizationId is not { } organizationId)
        {
            throw new ForbiddenException("请先登录后再上传文件。", "Sign in to upload files.");
        }

        var safeName = SanitizeFileName(fileName);
        Directory.CreateDirectory(paths.TempDirectory);
        var tempPath = Path.Combine(paths.TempDirectory, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size = 0;
            await using (var target = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > rules.MaxBytes)
                    {
                        throw new ValidationException(
                            "file",
                            $"文件“{safeName}”超过大小上限 {FormatSize(rules.MaxBytes)}。",
                            $"File '{safeName}' exceeds the limit of {FormatSize(rules.MaxBytes)}.");
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            if (size == 0)
            {
                throw new ValidationException("file", $"文件“{safeName}”是空的。", $"File '{safeName}' is empty.");
            }

            var contentType = ContentSniffer.Detect(tempPath);
            if (contentType is null || !rules.AllowedContentTypes.Contains(contentType))
            {
                throw new ValidationException(
                    "file",
                    $"文件“{safeName}”的实际类型不在允许范围内（允许：{DescribeTypes(rules)}）。",
                    $"The content of '{safeName}' is not an allowed type (allowed: {DescribeTypes(rules)}).");
            }

            var finalPath = paths.ContentPath(sha256);
            if (!File.Exists(finalPath))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
                File.Move(tempPath, finalPath, overwrite: true);
            }

            var attachment = new Attachment
            {
                Id = Guid.NewGuid(),
                Sha256 = sha256,
                ContentType = contentType,
                Size = size,
                FileName = safeName,
                OwnerUserId = userId,
                OwnerOrganizationId = organizationId,
                DistrictCode = owner.DistrictCode,
                Purpose = purpose,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(db, new AuditRecord("attachment.upload", "attachment", attachment.Id.ToString("D"), After: new { attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.Purpose }) { Actor = owner }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return attachment;
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }

    /// <summary>Opens an attachment for <paramref name="reader"/>; unknown and not-allowed look the same (404).</summary>
    public async Task<(Attachment Attachment, Stream Content)> OpenAsync(Guid id, Actor reader, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attachment is null || !reader.CanSee(attachment))
        {
            throw new NotFoundException("文件不存在或您无权查看。", "The file does not exist or you may not see it.");
        }

        var path = paths.ContentPath(attachment.Sha256);
        return (attachment, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    /// <summary>
    /// Opens a file that a module has already decided <paramref name="reader"/> may see because of the record it
    /// belongs to (e.g. an expert reviewing an application). Only files uploaded for <paramref name="purpose"/> can
    /// be opened this way, and each opening is audited.
    /// </summary>
    public async Task<(Attachment Attachment, Stream Content)> OpenForRecordAsync(Guid id, string purpose, Actor reader, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Purpose == purpose, cancellationToken)
            ?? throw new NotFoundException("文件不存在或您无权查看。", "The file does not exist or you may not see it.");
        if (!reader.CanSee(attachment))
        {
            // Read through the record's permission, not the file's own: kept in the audit trail.
            await audit.AppendAsync(db, new AuditRecord("attachment.read-for-record", "attachment", attachment.Id.ToString("D"), After: new { attachment.Purpose }) { Actor = reader }, cancellationToken);
        }

        var path = paths.ContentPath(attachment.Sha256);
        return (attachment, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    internal static string SanitizeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(name.Where(c => !invalid.Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            cleaned = "file";
        }

        return cleaned.Length > 200 ? cleaned[..200] : cleaned;
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    private static string DescribeTypes(UploadRules rules) => string.Join(", ", rules.AllowedContentTypes.Select(t => t switch
    {
        ContentSniffer.Pdf => "PDF",
        ContentSniffer.Png => "PNG",
        ContentSniffer.Jpeg => "JPEG",
        ContentSniffer.Gif => "GIF",
        ContentSniffer.Docx => "Word (.docx)",
        ContentSniffer.Xlsx => "Excel (.xlsx)",
        ContentSniffer.Mp3 => "MP3",
        ContentSniffer.Mp4 => "MP4",
        ContentSniffer.PlainText => "TXT",
        _ => t,
    }).Order(StringComparer.Ordinal));
}
