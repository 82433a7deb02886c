namespace JinIp.Platform.Identity;

/// <summary>Every user belongs to exactly one organization; data is scoped by it and by its district.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public OrganizationType Type { get; set; }

    /// <summary>Six-digit administrative division code (e.g. 120104 南开区), null for city-level bodies.</summary>
    public string? DistrictCode { get; set; }

    /// <summary>统一社会信用代码 (GB 32100-2015), validated where given.</summary>
    public string? UnifiedSocialCreditCode { get; set; }

    public DateTime CreatedAt { get; set; }
}

public enum OrganizationType
{
    /// <summary>市知识产权局: the IP office that coordinates the plan.</summary>
    Office = 1,

    /// <summary>成员单位: court, procuratorate, public security, customs…</summary>
    MemberUnit = 2,

    /// <summary>区知识产权局: one of the 16 district offices.</summary>
    DistrictOffice = 3,

    Enterprise = 4,
    University = 5,
    Institute = 6,

    /// <summary>专利代理机构.</summary>
    Agency = 7,

    Individual = 8,
}
