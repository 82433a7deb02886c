using JinIp.Platform.Identity;

namespace JinIp.Platform.Tests.Identity;

public sealed class DataScopeTests
{
    private sealed record Record(Guid OwnerOrganizationId, string? DistrictCode) : IOrganizationScoped;

    private static readonly Guid EnterpriseA = Guid.NewGuid();
    private static readonly Guid EnterpriseB = Guid.NewGuid();
    private static readonly Guid BinhaiOffice = Guid.NewGuid();

    private static readonly Record[] Records =
    [
        new(EnterpriseA, "120116"),
        new(EnterpriseB, "120111"),
        new(BinhaiOffice, "120116"),
    ];

    [Fact]
    public void Office_SeesEverything() =>
        Assert.Equal(3, Records.AsQueryable().VisibleTo(Actor(Guid.NewGuid(), null, Roles.OfficeStaff)).Count());

    [Fact]
    public void DistrictOffice_SeesItsDistrict() =>
        Assert.All(Records.AsQueryable().VisibleTo(Actor(BinhaiOffice, "120116", Roles.DistrictOffice)), r => Assert.Equal("120116", r.DistrictCode));

    [Fact]
    public void Applicant_SeesOnlyItsOrganization()
    {
        var visible = Records.AsQueryable().VisibleTo(Actor(EnterpriseB, "120111", Roles.Applicant)).ToList();
        Assert.Equal(EnterpriseB, Assert.Single(visible).OwnerOrganizationId);
        Assert.False(Actor(EnterpriseB, "120111", Roles.Applicant).CanSee(Records[0]));
    }

    [Fact]
    public void Anonymous_SeesNothing()
    {
        Assert.Empty(Records.AsQueryable().VisibleTo(JinIp.Platform.Identity.Actor.Anonymous("127.0.0.1")));
        Assert.False(JinIp.Platform.Identity.Actor.Anonymous(null).CanSee(Records[0]));
    }

    private static Actor Actor(Guid organization, string? district, string role) =>
        new(Guid.NewGuid(), "u", organization, district, new HashSet<string> { role });
}
