using JinIp.Protection.TypicalCases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.TypicalCases;

/// <summary>The public list of published typical cases: the masked copy only, open to everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(TypicalCaseService typicalCases) : PageModel
{
    public IReadOnlyList<PublicTypicalCase> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await typicalCases.PublishedAsync(ct);
}
