namespace JinIp.Creation.Registrations;

/// <summary>
/// The kinds of work of 著作权法 Art. 3 as the registration form lists them. Each has the letter that
/// appears in its registration number (docs/glossary.md, "作品登记号").
/// </summary>
public enum WorkType
{
    Written = 1,
    Oral = 2,
    Music = 3,
    Drama = 4,
    Quyi = 5,
    Dance = 6,
    Acrobatics = 7,
    FineArt = 8,
    Architecture = 9,
    Photography = 10,
    AudioVisual = 11,
    DesignDrawing = 12,
    Map = 13,
    Model = 14,
    Other = 15,
}

/// <summary>How the owner came to hold the copyright.</summary>
public enum RightAcquisition
{
    Original = 1,
    Commissioned = 2,
    Employment = 3,
    Transfer = 4,
    Inheritance = 5,
}

/// <summary>Whether a copyright owner is a natural person or an organization.</summary>
public enum OwnerKind
{
    Person = 1,
    Organization = 2,
}

/// <summary>The identity document an owner gives.</summary>
public enum IdentityDocumentType
{
    /// <summary>居民身份证 (GB 11643-1999), checked.</summary>
    ResidentId = 1,

    /// <summary>统一社会信用代码 (GB 32100-2015), checked.</summary>
    UnifiedSocialCreditCode = 2,

    Passport = 3,

    /// <summary>港澳台居民居住证、其他证件.</summary>
    Other = 4,
}

public static class WorkTypes
{
    /// <summary>The letter of the registration number: A for the first type in the form's order, O for the last.</summary>
    public static char Letter(WorkType type) => type is >= WorkType.Written and <= WorkType.Other
        ? (char)('A' + ((int)type - 1))
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown work type.");

    public static WorkType? FromLetter(char letter) => letter is >= 'A' and <= 'O' ? (WorkType)(letter - 'A' + 1) : null;

    public static string NameZh(WorkType type) => type switch
    {
        WorkType.Written => "文字作品",
        WorkType.Oral => "口述作品",
        WorkType.Music => "音乐作品",
        WorkType.Drama => "戏剧作品",
        WorkType.Quyi => "曲艺作品",
        WorkType.Dance => "舞蹈作品",
        WorkType.Acrobatics => "杂技艺术作品",
        WorkType.FineArt => "美术作品",
        WorkType.Architecture => "建筑作品",
        WorkType.Photography => "摄影作品",
        WorkType.AudioVisual => "视听作品",
        WorkType.DesignDrawing => "工程设计图、产品设计图",
        WorkType.Map => "地图、示意图",
        WorkType.Model => "模型作品",
        WorkType.Other => "其他作品",
        _ => type.ToString(),
    };

    public static string NameEn(WorkType type) => type switch
    {
        WorkType.Written => "Written work",
        WorkType.Oral => "Oral work",
        WorkType.Music => "Musical work",
        WorkType.Drama => "Dramatic work",
        WorkType.Quyi => "Quyi (folk performing) work",
        WorkType.Dance => "Choreographic work",
        WorkType.Acrobatics => "Acrobatic work",
        WorkType.FineArt => "Work of fine art",
        WorkType.Architecture => "Architectural work",
        WorkType.Photography => "Photographic work",
        WorkType.AudioVisual => "Audiovisual work",
        WorkType.DesignDrawing => "Engineering or product design drawing",
        WorkType.Map => "Map or sketch",
        WorkType.Model => "Model",
        WorkType.Other => "Other work",
        _ => type.ToString(),
    };
}
