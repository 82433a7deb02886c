namespace JinIp.Web.BrowserTests.Portal;

/// <summary>The public home portal at <c>/</c>.</summary>
public sealed class PortalPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator PlanPartsHeading => page.GetByRole(AriaRole.Heading, new() { Level = 2 });

    /// <summary>The six cards of the annual work plan, each a region named by its heading.</summary>
    public ILocator PlanParts => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 3 });

    public Task<IResponse?> GotoAsync() => page.GotoAsync("/");
}
