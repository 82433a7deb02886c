using Microsoft.AspNetCore.Identity;

namespace JinIp.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public Guid OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>UI language chosen by the user (zh-CN or en).</summary>
    public string PreferredCulture { get; set; } = "zh-CN";
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}

/// <summary>The roles of DESIGN.md. Anonymous visitors have no role.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string OfficeStaff = "office";
    public const string MemberUnit = "member-unit";
    public const string DistrictOffice = "district-office";
    public const string Applicant = "applicant";
    public const string Expert = "expert";

    public static readonly IReadOnlyList<string> All = [Admin, OfficeStaff, MemberUnit, DistrictOffice, Applicant, Expert];

    /// <summary>Government staff who work inside the platform (the workbench).</summary>
    public const string Staff = $"{Admin},{OfficeStaff},{MemberUnit},{DistrictOffice}";
}
