namespace JinIp.Web.BrowserTests.Creation;

/// <summary>The copyright registration form at <c>/Creation/Copyright/Edit</c>.</summary>
public sealed class CopyrightFilingPage(IPage page)
{
    public ILocator Form => page.GetByRole(AriaRole.Main).Locator("form");

    public ILocator Title => Form.GetByLabel("作品名称", new() { Exact = true });

    public ILocator WorkType => Form.GetByLabel("作品类别", new() { Exact = true });

    public ILocator CompletedOn => Form.GetByLabel("创作完成日期", new() { Exact = true });

    public ILocator CompletionPlace => Form.GetByLabel("创作完成地点", new() { Exact = true });

    public ILocator Authors => Form.GetByLabel("作者", new() { Exact = true });

    public ILocator RightAcquisition => Form.GetByLabel("权利取得方式", new() { Exact = true });

    public ILocator ContactPhone => Form.GetByLabel("联系电话", new() { Exact = true });

    public ILocator District => Form.GetByLabel("所在区", new() { Exact = true });

    public ILocator SampleFile => Form.GetByLabel("样本文件", new() { Exact = true });

    public ILocator Samples => Form.GetByRole(AriaRole.List, new() { Name = "作品样本" });

    public ILocator Declaration => Form.GetByLabel("我已阅读并确认上述声明");

    public ILocator Saved => page.GetByRole(AriaRole.Status);

    public ILocator Owner(int number) => Form.GetByRole(AriaRole.Group, new() { Name = $"著作权人 {number}" });

    public async Task FillOwnerAsync(int number, string name, string kind, string documentType, string documentNumber, string phone)
    {
        var owner = Owner(number);
        await owner.GetByLabel("姓名或名称", new() { Exact = true }).FillAsync(name);
        await owner.GetByLabel("类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await owner.GetByLabel("证件类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = documentType });
        await owner.GetByLabel("证件号码", new() { Exact = true }).FillAsync(documentNumber);
        await owner.GetByLabel("电话", new() { Exact = true }).FillAsync(phone);
    }

    public Task ClickAsync(string button) => Form.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}

/// <summary>One registration at <c>/Creation/Copyright/Detail</c>: state, number, deadlines and the actions open to the viewer.</summary>
public sealed class CopyrightDetailPage(IPage page)
{
    public ILocator State => page.GetByTestId("state");

    public ILocator Number => page.GetByTestId("registration-number");

    public ILocator Deadlines => page.GetByRole(AriaRole.Region, new() { Name = "办理期限" });

    public ILocator Certificate => page.GetByRole(AriaRole.Link, new() { Name = "下载登记证书（PDF）" });

    public async Task ActAsync(string action, string? comment = null, string? commentLabel = null)
    {
        if (comment is not null)
        {
            await page.GetByLabel(commentLabel!).FillAsync(comment);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
