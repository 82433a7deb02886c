using JinIp.Platform.Identity;

namespace JinIp.Platform.Attachments;

/// <summary>
/// Metadata of an uploaded file. The bytes live on disk under their SHA-256 (content-addressed),
/// so the same file uploaded twice is stored once.
/// </summary>
public sealed class Attachment : IOrganizationScoped
{
    public Guid Id { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>The type found by reading the content, not the one the client claimed.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string FileName { get; set; }

    public Guid OwnerUserId { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public string? DistrictCode { get; set; }

    /// <summary>What the file is for (module and use), e.g. <c>copyright.sample</c>.</summary>
    public required string Purpose { get; set; }

    public DateTime CreatedAt { get; set; }
}
