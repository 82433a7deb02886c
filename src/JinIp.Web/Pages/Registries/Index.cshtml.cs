using JinIp.Platform.Identity;
using JinIp.Registries.Catalog;
using JinIp.Registries.TimeHonored;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Registries;

/// <summary>名录: the public registries and the 津门老字号 recognition. Public.</summary>
public sealed class IndexModel(RecognitionWorkflow workflow) : PageModel
{
    public IReadOnlyList<RegistryInfo> Registries => RegistryService.Registries;

    public bool IsOffice => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.OfficeStaff);

    public bool IsApplicant => User.IsInRole(Roles.Applicant);

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public int MinimumYears => RecognitionCriteria.MinimumHistoryYears;

    public int PassMark => RecognitionCriteria.PassMark;

    public int NoticeDays => workflow.NoticeWorkingDays;

    public void OnGet()
    {
    }
}
